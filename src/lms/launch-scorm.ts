/** Entry of `lms/launch-scorm.js`, the launch script of the SCORM 1.2 and SCORM 2004 packages. */
import { packageInfo, runLauncher } from './launcher';
import { connectScorm } from './scorm';

const pkg = packageInfo();
void runLauncher(pkg, () => {
  const standard = pkg.standard === 'scorm2004' ? 'scorm2004' : 'scorm12';
  return Promise.resolve().then(() => connectScorm(standard, pkg.quizzes));
});

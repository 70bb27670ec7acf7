/** Entry of `lms/launch-cmi5.js`, the launch script of the cmi5 packages. */
import { connectCmi5 } from './cmi5';
import { packageInfo, runLauncher } from './launcher';

const pkg = packageInfo();
void runLauncher(pkg, () => connectCmi5(pkg));

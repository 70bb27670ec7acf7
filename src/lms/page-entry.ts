/**
 * Entry of `lms/page.js`, which the packager loads as the first script of every course page
 * in an LMS package: it injects the launcher-backed storage engine into the learner store
 * before any island reads progress (the store never imports the LMS layer).
 */
import { registerLmsEngine } from './page-storage';

registerLmsEngine();

// Built as a script of its own (see search-loader.ts) and added to the page on first use.
import { attach } from './search-ui';

window.courseSearch = { attach };

export { main, COMMANDS } from './cli/main.js';

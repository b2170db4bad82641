/** The game's version, shown on the error screen so a report names it (a test keeps it equal to package.json's). */
export const VERSION = '0.2.0';

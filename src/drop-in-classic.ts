// The classic-script build: the same as the drop-in, with no exports (so no global
// variable that a second copy could overwrite).
import './drop-in.js';

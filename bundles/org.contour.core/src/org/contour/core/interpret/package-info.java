/**
 * The taught model in the data's own words: equations per class, polynomial terms with their
 * standardisation, a tree's rules, the most important words of a text model. Headless, so the
 * interpretation view, the edit history and reports all say the same thing the same way.
 */
package org.contour.core.interpret;

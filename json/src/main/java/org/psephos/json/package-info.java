/**
 * The JSON interchange format of Psephos. This module is being built (see the project's issues);
 * for now it holds only {@link org.psephos.json.Format}, the format's name and version.
 */
@NullMarked
package org.psephos.json;

import org.jspecify.annotations.NullMarked;

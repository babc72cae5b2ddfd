/**
 * Form 2C résumé rendering to PDF. Entry point: {@link vn.ccvc.render.FormRenderer}; errors
 * are {@link vn.ccvc.render.RenderException}.
 */
@NullMarked
package vn.ccvc.render;

import org.jspecify.annotations.NullMarked;

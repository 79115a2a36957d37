/**
 * The web UI shell every module's pages share: the page layout (templates/web/layout.html: NHS
 * header with the user's name, role and working establishment, skip link, footer), the
 * establishment switcher, the home page, HTML error pages and the session-ended page. Its public
 * API is {@link org.throughcare.web.WorkingContexts}: the establishment a member of staff is
 * working at now, which scopes searches and worklists and never widens access. Pages are plain
 * {@code @Controller}s in each module's {@code web} package; the shell adds its model to every
 * page they render.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "record", "audit"})
package org.throughcare.web;

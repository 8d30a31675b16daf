package io.cdpkit.cdp.discovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.URI;

/**
 * One entry of {@code GET /json/list} (or the answer of {@code PUT /json/new}): a page, iframe,
 * worker or other target. Fields the browser leaves out are null; unknown fields are ignored.
 *
 * @param id the target id, used by {@link DevToolsEndpoint#closeTarget(String)} and CDP's Target domain
 * @param type {@code page}, {@code iframe}, {@code service_worker}, {@code browser_ui}, ...
 * @param title the document title
 * @param url the document URL
 * @param description a description, often empty
 * @param webSocketDebuggerUrl the target's own WebSocket (absent while another client is attached)
 * @param devtoolsFrontendUrl the DevTools front-end URL for this target
 * @param faviconUrl the favicon, if any
 * @param parentId the parent target id for iframes and workers, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DevToolsTarget(
        String id,
        String type,
        String title,
        String url,
        String description,
        URI webSocketDebuggerUrl,
        String devtoolsFrontendUrl,
        String faviconUrl,
        String parentId) {
}

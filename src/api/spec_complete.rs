//! Makes the generated OpenAPI document tell the whole truth about what every operation
//! sends, where the route annotations would have to repeat it: the conditional-request
//! headers and their 304/412, the problem documents the HTTP layer answers on any path
//! (405, 414, 429 with its headers, 431, 500), the response headers caches rely on, the
//! `HEAD` twin of every `GET`, and the document-level facts (servers, no authentication,
//! the SPDX licence). It also writes schema examples as OpenAPI 3.1 `examples`.

use serde_json::{json, Map, Value};

/// Paths whose answers are built per request and never cached (`no-store`).
fn uncached(path: &str) -> bool {
    path.starts_with("/health")
}

/// Paths whose answers say when their content last changed.
fn dated(path: &str) -> bool {
    ["/v1/articles", "/v1/strategies", "/v1/faqs", "/v1/bundle", "/v1/manifest"].iter().any(|p| path.starts_with(p))
}

fn problem(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } }
    })
}

fn header(description: &str, example: Value) -> Value {
    json!({ "description": description, "schema": { "type": "string", "examples": [example] } })
}

fn header_parameter(name: &str, description: &str, example: &str) -> Value {
    json!({
        "name": name, "in": "header", "required": false, "description": description,
        "schema": { "type": "string" }, "example": example
    })
}

pub fn complete(spec: &mut Value) {
    spec["servers"] = json!([{ "url": "/", "description": "The Haven instance serving this document" }]);
    // A public, read-only API: no operation needs credentials, and the document says so.
    spec["security"] = json!([]);
    spec["info"]["license"]["identifier"] = json!("MIT OR Apache-2.0");
    if let Some(paths) = spec.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            complete_path(path, item);
        }
    }
    write_examples_as_arrays(spec, false);
}

fn complete_path(path: &str, item: &mut Value) {
    let Some(get) = item.get_mut("get") else { return };
    if get.get("description").and_then(Value::as_str).is_none_or(str::is_empty) {
        get["description"] = get.get("summary").cloned().unwrap_or_else(|| json!(path));
    }
    let cached = !uncached(path);
    let parameters = get.as_object_mut().map(|op| op.entry("parameters").or_insert_with(|| json!([])));
    if let Some(Value::Array(parameters)) = parameters {
        // `If-Match` and `Range` are honoured (412, 206, 416 below) but not listed as
        // parameters: any value is well-formed, yet most values are rightly refused.
        if cached {
            parameters.push(header_parameter(
                "If-None-Match",
                "ETags of copies the client holds (one line or several); a match gives 304.",
                "\"53387819900ac8ab53387819900ac8ab\"",
            ));
        }
        if dated(path) {
            parameters.push(header_parameter(
                "If-Modified-Since",
                "Used when there is no If-None-Match: 304 if the content has not changed since.",
                "Tue, 01 Dec 2026 00:00:00 GMT",
            ));
        }
        // The panel answers whatever a partner's page sends (a wrong value gets the
        // fallback panel, not an error), so its parameters constrain nothing.
        if path == "/widget" {
            for parameter in parameters.iter_mut() {
                parameter["required"] = json!(false);
                parameter["schema"] = json!({ "type": "string" });
                if let Some(example) = parameter.get("example").filter(|e| !e.is_string()).cloned() {
                    parameter["example"] = json!(example.to_string());
                }
            }
        }
    }
    let responses = get.as_object_mut().map(|op| op.entry("responses").or_insert_with(|| json!({})));
    if let Some(Value::Object(responses)) = responses {
        complete_responses(path, cached, responses);
    }
    let head = head_twin(get);
    item["head"] = head;
}

fn complete_responses(path: &str, cached: bool, responses: &mut Map<String, Value>) {
    let localized = path.starts_with("/v1/") || path == "/widget";
    if let Some(ok) = responses.get_mut("200") {
        let headers = ok.as_object_mut().map(|r| r.entry("headers").or_insert_with(|| json!({})));
        if let Some(Value::Object(headers)) = headers {
            headers.insert(
                "Cache-Control".into(),
                header(
                    "How long caches may keep the answer.",
                    json!("public, max-age=3600, stale-while-revalidate=86400, stale-if-error=604800"),
                ),
            );
            if cached {
                headers.insert(
                    "ETag".into(),
                    header("Strong ETag of this representation.", json!("\"53387819900ac8ab53387819900ac8ab\"")),
                );
                let vary = if localized { "Accept-Language, Accept-Encoding" } else { "Accept-Encoding" };
                headers.insert("Vary".into(), header("What the answer varies on.", json!(vary)));
            }
            if localized {
                headers.insert("Content-Language".into(), header("The locale the text is in.", json!("es")));
            }
            if dated(path) {
                headers.insert(
                    "Last-Modified".into(),
                    header("The newest date the content states.", json!("Tue, 01 Dec 2026 00:00:00 GMT")),
                );
            }
            if path == "/v1/bundle" {
                headers.insert(
                    "Accept-Ranges".into(),
                    header("The bundle can be fetched in byte ranges.", json!("bytes")),
                );
            }
            if path == "/widget" {
                headers.insert("Haven-Widget-Error".into(), header("Why the panel shows the international fallback instead of the country asked for (a problem code); absent when all is well.", json!("country-not-found")));
            }
        }
    }
    if path == "/v1/bundle" {
        let mut partial = responses.get("200").cloned().unwrap_or_else(|| json!({}));
        partial["description"] = json!(
            "One byte range of the bundle, for a `Range: bytes=first-last` request header (`Content-Range` says which)"
        );
        partial["headers"]["Content-Range"] =
            header("The range sent and the whole length.", json!("bytes 0-65535/412345"));
        responses.insert("206".into(), partial);
        responses.insert(
            "416".into(),
            problem("The range starts past the end of the bundle (`Content-Range: bytes */length`)"),
        );
    }
    if cached {
        responses.entry("304").or_insert_with(
            || json!({ "description": "The client's copy (`If-None-Match` or `If-Modified-Since`) is current" }),
        );
        responses.insert("412".into(), problem("An `If-Match` header names no current copy (strong comparison)"));
    }
    responses.insert("405".into(), problem("A method other than GET, HEAD or OPTIONS (see `Allow`)"));
    responses.insert("414".into(), problem("The URI is longer than 2 kB"));
    responses.insert("431".into(), problem("The request headers are over 16 kB in all"));
    if !uncached(path) {
        let mut limited = problem("Too many requests from this client; wait `Retry-After` seconds");
        limited["headers"] = json!({
            "Retry-After": header("Seconds until a request will be accepted.", json!("12")),
            "RateLimit-Limit": header("Requests allowed per window.", json!("600")),
            "RateLimit-Remaining": header("Requests left in this window.", json!("0")),
            "RateLimit-Reset": header("Seconds until the window resets.", json!("12")),
        });
        responses.insert("429".into(), limited);
    }
    responses.insert("500".into(), problem("A bug on our side; nothing internal is sent"));
}

/// The `HEAD` form of a `GET`: the same parameters and statuses, headers only.
fn head_twin(get: &Value) -> Value {
    let mut head = get.clone();
    if let Some(id) = get.get("operationId").and_then(Value::as_str) {
        head["operationId"] = json!(format!("{id}_head"));
    }
    if let Some(summary) = get.get("summary").and_then(Value::as_str) {
        head["summary"] = json!(format!("{summary} (headers only)"));
    }
    if let Some(Value::Object(responses)) = head.get_mut("responses") {
        for response in responses.values_mut() {
            if let Some(response) = response.as_object_mut() {
                response.remove("content");
            }
        }
    }
    head
}

/// OpenAPI 3.1 schemas carry `examples` (a list); `example` is deprecated there. Only
/// schema objects change: parameters and media types keep their own `example`.
fn write_examples_as_arrays(value: &mut Value, in_schema: bool) {
    match value {
        Value::Object(object) => {
            if in_schema {
                if let Some(example) = object.remove("example") {
                    object.entry("examples").or_insert_with(|| json!([example]));
                }
            }
            for (key, child) in object.iter_mut() {
                let child_is_schema = match key.as_str() {
                    "schema" | "items" | "additionalProperties" | "not" => true,
                    "schemas" | "properties" => {
                        if let Value::Object(map) = child {
                            for schema in map.values_mut() {
                                write_examples_as_arrays(schema, true);
                            }
                        }
                        continue;
                    }
                    "allOf" | "oneOf" | "anyOf" | "prefixItems" => {
                        if let Value::Array(list) = child {
                            for schema in list.iter_mut() {
                                write_examples_as_arrays(schema, true);
                            }
                        }
                        continue;
                    }
                    _ => false,
                };
                write_examples_as_arrays(child, child_is_schema);
            }
        }
        Value::Array(list) => {
            for child in list {
                write_examples_as_arrays(child, false);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_examples_become_lists_and_parameter_examples_stay() {
        let mut spec = json!({
            "components": { "schemas": { "A": { "type": "string", "example": "x",
                "properties": { "b": { "type": "integer", "example": 1 } } } } },
            "paths": { "/p": { "get": { "parameters": [ { "name": "q", "example": "es", "schema": { "type": "string", "example": "es" } } ] } } }
        });
        write_examples_as_arrays(&mut spec, false);
        assert_eq!(spec["components"]["schemas"]["A"]["examples"], json!(["x"]));
        assert_eq!(spec["components"]["schemas"]["A"]["properties"]["b"]["examples"], json!([1]));
        assert!(spec["components"]["schemas"]["A"].get("example").is_none());
        let parameter = &spec["paths"]["/p"]["get"]["parameters"][0];
        assert_eq!(parameter["example"], json!("es"), "a parameter keeps its example");
        assert_eq!(parameter["schema"]["examples"], json!(["es"]));
    }
}

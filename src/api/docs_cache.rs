//! The interactive docs (`/docs/`, Swagger UI's files, one of them 1.5 MB) as cacheable,
//! compressed responses: each file is read once from the UI crate, then answered like any
//! other fixed asset (strong ETag, `Cache-Control`, gzip or brotli, 304 on revalidation).

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use actix_web::body::{to_bytes, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, StatusCode};
use actix_web::middleware::Next;

use super::cache::{respond_cached, CachePolicy, CachedBody};

/// The docs' files, by path: they never change while the process runs.
static FILES: LazyLock<Mutex<HashMap<String, Arc<CachedBody>>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

/// The content types Swagger UI's files use, as the static strings a body keeps.
fn static_content_type(value: &str) -> &'static str {
    let essence = value.split(';').next().unwrap_or("").trim();
    match essence {
        "text/html" => "text/html; charset=utf-8",
        "text/css" => "text/css",
        "application/javascript" | "text/javascript" => "text/javascript",
        "application/json" => "application/json",
        "image/png" => "image/png",
        "image/svg+xml" => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

pub async fn cache_docs(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let path = request.path().to_owned();
    if !path.starts_with("/docs/") {
        return next.call(request).await.map(ServiceResponse::map_into_boxed_body);
    }
    let known = FILES.lock().unwrap_or_else(PoisonError::into_inner).get(&path).cloned();
    if let Some(file) = known {
        let response = respond_cached(request.request(), &file, CachePolicy::Reference);
        return Ok(request.into_response(response));
    }
    let response = next.call(request).await?;
    if response.status() != StatusCode::OK {
        return Ok(response.map_into_boxed_body());
    }
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .map_or("application/octet-stream", static_content_type);
    let (http_request, body) = response.into_parts();
    let bytes = match to_bytes(body.into_body()).await {
        Ok(bytes) => bytes,
        Err(_) => return Err(actix_web::error::ErrorInternalServerError("docs body")),
    };
    let file =
        Arc::new(CachedBody::new(bytes.to_vec(), String::new()).with_content_type(content_type).language_independent());
    FILES.lock().unwrap_or_else(PoisonError::into_inner).insert(path, Arc::clone(&file));
    let answer = respond_cached(&http_request, &file, CachePolicy::Reference);
    Ok(ServiceResponse::new(http_request, answer))
}

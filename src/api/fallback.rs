//! Requests no route took: `405` (with `Allow`) for a known address asked with the
//! wrong method, an `OPTIONS` answer for a known address, `404` for everything else.

use actix_web::http::header::{self, HeaderValue};
use actix_web::http::Method;
use actix_web::{web, HttpRequest, HttpResponse};

use super::error::ApiError;

/// The API's path templates (`/v1/articles/{slug}`), taken from the generated spec. Also
/// names the route of a request for logs and metrics: matching segments here is far
/// cheaper than asking actix (`match_pattern` walks every resource with regexes).
#[derive(Clone)]
pub struct KnownPaths(Vec<(String, Vec<Segment>)>);

#[derive(Clone, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Parameter,
}

impl KnownPaths {
    pub fn new<'a>(templates: impl IntoIterator<Item = &'a String>) -> Self {
        Self(
            templates
                .into_iter()
                .map(|template| {
                    let parsed = segments(template)
                        .map(|segment| {
                            if segment.starts_with('{') && segment.ends_with('}') {
                                Segment::Parameter
                            } else {
                                Segment::Literal(segment.to_owned())
                            }
                        })
                        .collect();
                    (template.clone(), parsed)
                })
                .collect(),
        )
    }

    /// The template `path` matches, e.g. `/v1/articles/{slug}` for `/v1/articles/x`.
    pub fn template_of(&self, path: &str) -> Option<&str> {
        let (template, _) = self.0.iter().find(|(_, template)| {
            let mut parts = segments(path);
            template.iter().all(|expected| match (expected, parts.next()) {
                (Segment::Literal(literal), Some(part)) => literal == part,
                (Segment::Parameter, Some(part)) => !part.is_empty(),
                (_, None) => false,
            }) && parts.next().is_none()
        })?;
        Some(template)
    }

    fn contains(&self, path: &str) -> bool {
        self.template_of(path).is_some()
    }
}

fn segments(path: &str) -> impl Iterator<Item = &str> {
    path.trim_start_matches('/').split('/')
}

/// The methods every Haven resource answers.
pub const ALLOWED: HeaderValue = HeaderValue::from_static("GET, HEAD, OPTIONS");

pub async fn unrouted(request: HttpRequest, known: web::Data<KnownPaths>) -> Result<HttpResponse, ApiError> {
    if !known.contains(request.path()) {
        return Err(ApiError::RouteNotFound);
    }
    if request.method() == Method::OPTIONS {
        return Ok(HttpResponse::NoContent().insert_header((header::ALLOW, ALLOWED)).finish());
    }
    Err(ApiError::MethodNotAllowed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_match_whole_paths_with_non_empty_parameters() {
        let templates = ["/v1/articles".to_owned(), "/v1/articles/{slug}".to_owned()];
        let known = KnownPaths::new(&templates);
        let cases = [
            ("/v1/articles", true, "a literal path"),
            ("/v1/articles/x", true, "a parameter"),
            ("/v1/articles/", false, "an empty parameter"),
            ("/v1/articles/x/y", false, "an extra segment"),
            ("/v1/article", false, "a different literal"),
        ];
        for (path, expected, why) in cases {
            assert_eq!(known.contains(path), expected, "{why}: {path}");
        }
        assert_eq!(known.template_of("/v1/articles/x"), Some("/v1/articles/{slug}"));
        assert_eq!(known.template_of("/v1/articles"), Some("/v1/articles"));
    }
}

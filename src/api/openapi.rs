//! The OpenAPI document's frame; the paths come from the route table.

use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::{Object, ObjectBuilder, OpenApi as OpenApiDocument, RefOr, Required, Type};
use utoipa::{Modify, OpenApi};

use super::problem::Problem;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Haven API",
        description = "Trustworthy, localized mental-health content and the right crisis line for every country.\n\n\
            Everything under `/v1` is localized: pass `?locale=` or `Accept-Language`; the response's \
            `Content-Language` says which locale was used, and each item says whether any of its text \
            fell back to English. Responses carry a strong `ETag`; send it back in `If-None-Match` to \
            get `304 Not Modified`. Errors are RFC 9457 `application/problem+json` documents with a \
            stable `code`.\n\nThis content is educational. It is not a diagnosis or treatment.",
        license(name = "MIT OR Apache-2.0"),
    ),
    components(schemas(Problem)),
    tags(
        (name = "articles", description = "Self-help guides"),
        (name = "strategies", description = "Self-care strategies: what to do, how, and why it may help"),
        (name = "faqs", description = "Questions people ask"),
        (name = "crisis lines", description = "Emergency numbers and crisis lines by country. Every line carries its \
            `evidence` (each page it was read on, the kind of publisher, the date the page states or null, and what \
            it said). A line is served when an official page (the operator's own, or a government or public health \
            service's) or two independent source families confirm its number, however old, or one family within 24 \
            months; it is never served when a page reports it closed or replaced and nothing later confirms it. \
            `confidence` is computed from the same evidence: high when fresh and an official page plus another \
            family, or three families, agree; medium when an official page or two families do; low otherwise. \
            `last_confirmed` is the newest date a confirming page states, and `stale` is true when that is over 24 \
            months ago or unknown; stale lines rank after fresh ones. The rule in full: docs/directory.md."),
        (name = "offline", description = "The offline bundle and incremental sync for apps"),
        (name = "locales", description = "Languages Haven serves"),
        (name = "widget", description = "The embeddable \"get help now\" panel for partner sites"),
        (name = "service", description = "Health, the spec itself"),
    ),
)]
pub struct ApiDoc;

/// Adds the two ways of choosing a language to every `/v1` operation, so each handler's
/// annotation does not have to repeat them.
pub struct LocalizedOperations;

impl Modify for LocalizedOperations {
    fn modify(&self, openapi: &mut OpenApiDocument) {
        for (path, item) in openapi.paths.paths.iter_mut() {
            if !path.starts_with("/v1/") && path != "/widget" {
                continue;
            }
            for operation in [&mut item.get, &mut item.head].into_iter().flatten() {
                let parameters = operation.parameters.get_or_insert_with(Vec::new);
                parameters.push(RefOr::T(locale_query_parameter()));
                parameters.push(RefOr::T(accept_language_header()));
            }
        }
    }
}

/// A language, optionally with script and region: what `?locale=` accepts.
pub const LOCALE_PATTERN: &str = r"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$";

fn locale_query_parameter() -> Parameter {
    ParameterBuilder::new()
        .name("locale")
        .parameter_in(ParameterIn::Query)
        .required(Required::False)
        .description(Some("A BCP 47 language tag; wins over `Accept-Language`. Unknown languages fall back to `en`."))
        .schema(Some(
            ObjectBuilder::new().schema_type(Type::String).pattern(Some(LOCALE_PATTERN)).max_length(Some(35)).build(),
        ))
        .example(Some(serde_json::json!("es")))
        .build()
}

fn accept_language_header() -> Parameter {
    ParameterBuilder::new()
        .name("Accept-Language")
        .parameter_in(ParameterIn::Header)
        .required(Required::False)
        .description(Some("Preferred languages with quality values, as browsers send them."))
        .schema(Some(Object::with_type(Type::String)))
        .example(Some(serde_json::json!("pt-BR, pt;q=0.9, en;q=0.5")))
        .build()
}

//! The one error type of the HTTP edge and its RFC 9457 `application/problem+json` form.
//!
//! Handlers and extractors return [`ApiError`]; `problem::render_problems` (a middleware)
//! turns it, and any other 4xx/5xx actix produces on its own (unknown route, wrong
//! method), into a localized problem document. The error's `code` doubles as the Fluent
//! id of its text. A leaf of the HTTP edge: every other module may depend on it.

use actix_web::body::BoxBody;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use fluent_bundle::FluentArgs;

/// Everything a request can get wrong, and the one thing we can (`Internal`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    #[error("no article `{0}`")]
    ArticleNotFound(String),
    #[error("no strategy `{0}`")]
    StrategyNotFound(String),
    #[error("no FAQ `{0}`")]
    FaqNotFound(String),
    #[error("no country `{0}`")]
    CountryNotFound(String),
    #[error("no bundle item `{0}`")]
    ItemNotFound(String),
    #[error("no such route")]
    RouteNotFound,
    #[error("method not allowed")]
    MethodNotAllowed,
    #[error("parameter `{name}` is invalid")]
    InvalidParameter { name: &'static str, expected: &'static str },
    #[error("parameter `{0}` is required")]
    MissingParameter(&'static str),
    /// A page past the last one: that page does not exist (a page number outside the
    /// documented bounds is an `InvalidParameter`).
    #[error("page {page} is past the last page {last_page}")]
    PageNotFound { page: u64, last_page: u64 },
    #[error("`{0}` is not a language tag")]
    InvalidLocale(String),
    #[error("`{0}` is not a country code")]
    InvalidCountryCode(String),
    #[error("the query string cannot be read")]
    InvalidQuery,
    #[error("the URI is too long")]
    UriTooLong,
    #[error("the request headers are too large")]
    HeadersTooLarge,
    #[error("too many requests")]
    RateLimited(super::rate_limit::Decision),
    /// A 4xx actix produced itself, e.g. a URI or header over the size limits.
    #[error("request rejected with {0}")]
    Rejected(StatusCode),
    /// `If-Match` named no current representation.
    #[error("precondition failed")]
    PreconditionFailed,
    /// A `Range` that starts past the end of a body `length` bytes long.
    #[error("range not satisfiable")]
    RangeNotSatisfiable { length: usize },
    #[error("internal error")]
    Internal,
}

impl ApiError {
    /// Every code, for the loader to check that each has its messages in `en`.
    pub const CODES: [&'static str; 20] = [
        "precondition-failed",
        "range-not-satisfiable",
        "uri-too-long",
        "headers-too-large",
        "rate-limited",
        "article-not-found",
        "item-not-found",
        "strategy-not-found",
        "faq-not-found",
        "country-not-found",
        "route-not-found",
        "method-not-allowed",
        "invalid-parameter",
        "missing-parameter",
        "page-not-found",
        "invalid-locale",
        "invalid-country-code",
        "invalid-query",
        "request-rejected",
        "internal-error",
    ];

    /// The stable, documented code. Clients switch on this, never on `title`.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::ArticleNotFound(_) => "article-not-found",
            ApiError::StrategyNotFound(_) => "strategy-not-found",
            ApiError::FaqNotFound(_) => "faq-not-found",
            ApiError::CountryNotFound(_) => "country-not-found",
            ApiError::ItemNotFound(_) => "item-not-found",
            ApiError::RouteNotFound => "route-not-found",
            ApiError::MethodNotAllowed => "method-not-allowed",
            ApiError::InvalidParameter { .. } => "invalid-parameter",
            ApiError::MissingParameter(_) => "missing-parameter",
            ApiError::PageNotFound { .. } => "page-not-found",
            ApiError::InvalidLocale(_) => "invalid-locale",
            ApiError::InvalidCountryCode(_) => "invalid-country-code",
            ApiError::InvalidQuery => "invalid-query",
            ApiError::UriTooLong => "uri-too-long",
            ApiError::HeadersTooLarge => "headers-too-large",
            ApiError::RateLimited(_) => "rate-limited",
            ApiError::Rejected(_) => "request-rejected",
            ApiError::PreconditionFailed => "precondition-failed",
            ApiError::RangeNotSatisfiable { .. } => "range-not-satisfiable",
            ApiError::Internal => "internal-error",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::ArticleNotFound(_)
            | ApiError::StrategyNotFound(_)
            | ApiError::FaqNotFound(_)
            | ApiError::CountryNotFound(_)
            | ApiError::ItemNotFound(_)
            | ApiError::PageNotFound { .. }
            | ApiError::RouteNotFound => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::InvalidParameter { .. }
            | ApiError::MissingParameter(_)
            | ApiError::InvalidLocale(_)
            | ApiError::InvalidCountryCode(_)
            | ApiError::InvalidQuery => StatusCode::BAD_REQUEST,
            ApiError::UriTooLong => StatusCode::URI_TOO_LONG,
            ApiError::HeadersTooLarge => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            ApiError::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Rejected(status) => *status,
            ApiError::PreconditionFailed => StatusCode::PRECONDITION_FAILED,
            ApiError::RangeNotSatisfiable { .. } => StatusCode::RANGE_NOT_SATISFIABLE,
            ApiError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The error for a bare error response actix made without us.
    pub fn from_status(status: StatusCode) -> Self {
        match status {
            StatusCode::NOT_FOUND => ApiError::RouteNotFound,
            StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed,
            status if status.is_client_error() => ApiError::Rejected(status),
            _ => ApiError::Internal,
        }
    }

    /// The values the localized `detail` message may show. User input is cut short so a
    /// hostile 8 kB id is not reflected back whole.
    pub fn detail_args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        match self {
            ApiError::ArticleNotFound(id)
            | ApiError::StrategyNotFound(id)
            | ApiError::FaqNotFound(id)
            | ApiError::CountryNotFound(id)
            | ApiError::ItemNotFound(id)
            | ApiError::InvalidLocale(id)
            | ApiError::InvalidCountryCode(id) => args.set("value", shorten(id)),
            ApiError::InvalidParameter { name, expected } => {
                args.set("name", *name);
                args.set("expected", *expected);
                args.set("max", super::bounds::MAX_PER_PAGE);
            }
            ApiError::MissingParameter(name) => args.set("name", *name),
            ApiError::PageNotFound { page, last_page } => {
                args.set("page", *page);
                args.set("last", *last_page);
            }
            ApiError::Rejected(status) => args.set("status", status.as_u16()),
            ApiError::RateLimited(decision) => args.set("seconds", decision.reset_seconds),
            ApiError::UriTooLong => args.set("max", super::bounds::MAX_URI_BYTES),
            ApiError::HeadersTooLarge => args.set("max", super::bounds::MAX_HEADER_BYTES),
            ApiError::RouteNotFound
            | ApiError::MethodNotAllowed
            | ApiError::InvalidQuery
            | ApiError::PreconditionFailed
            | ApiError::RangeNotSatisfiable { .. }
            | ApiError::Internal => {}
        }
        args
    }
}

/// User input cut to 64 characters, for problem documents that quote it.
pub fn shorten(input: &str) -> String {
    const SHOWN: usize = 64;
    match input.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{}…", &input[..cut]),
        None => input.to_owned(),
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status()
    }

    /// A bare response: `problem::render_problems` finds this error on it and writes the body,
    /// because only the middleware can see the request's locale.
    fn error_response(&self) -> HttpResponse<BoxBody> {
        HttpResponse::new(self.status())
    }
}

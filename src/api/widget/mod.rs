//! The partner widget: one `<script>` tag (or the iframe URL) gives a partner site an
//! accessible, localized "get help now" panel for a country, served entirely by Haven.

mod html;

use std::sync::LazyLock;

use actix_web::http::header::{self, HeaderValue};
use actix_web::{route, web, HttpRequest, HttpResponse};
use chrono::Utc;
use serde::Deserialize;
use utoipa::IntoParams;

use self::html::{render_page, PageRequest};
use crate::api::cache::{respond_cached, CachePolicy, CachedBody};
use crate::api::context::RequestContext;
use crate::api::error::ApiError;
use crate::api::params::{current_minute, HotlinesQuery};
use crate::api::wire::directory::{CountryHotlinesResponse, HotlineResponse};
use crate::content::ids::CountryCode;
use crate::content::selection::LineFilter;

pub use self::html::{ABOUT_MESSAGE, MESSAGES};

/// Only Haven's own files may load in the panel, and nothing may be submitted from it.
const WIDGET_CSP: &str =
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct WidgetQuery {
    /// `true`: every line, not only the first few.
    #[param(value_type = Option<bool>, example = false)]
    pub all: Option<String>,
}

/// The "get help now" panel for a country, as an HTML page (the iframe's content).
///
/// Always a panel a partner's frame can show: for a missing, malformed or unknown country or a bad parameter, the international fallback and "call your local emergency number", with the reason in `Haven-Widget-Error`.
#[utoipa::path(
    get,
    path = "/widget",
    tag = "widget",
    params(HotlinesQuery, WidgetQuery),
    responses(
        (status = 200, description = "The panel; the international fallback when the country is missing, malformed or unknown (see `Haven-Widget-Error`)", content_type = "text/html"),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
    )
)]
#[route("/widget", method = "GET", method = "HEAD")]
pub async fn get_widget(request: HttpRequest) -> Result<HttpResponse, ApiError> {
    // A partner's mistake must never leave a visitor with an empty frame: every failure
    // is a panel with the international fallback and "call your local emergency number",
    // and the reason goes to the partner (the `Haven-Widget-Error` header, and the embed
    // script's console message).
    let (ctx, locale_error) = RequestContext::lenient(&request)?;
    let (code, show_all, error) = match web::Query::<WidgetParams>::from_query(request.query_string()) {
        Ok(query) => {
            let show_all = match query.all.as_deref() {
                None | Some("false") => Ok(false),
                Some("true") => Ok(true),
                Some(_) => Err(ApiError::InvalidParameter { name: "all", expected: "boolean" }),
            };
            // An empty `data-country` is a country left out, not a malformed one.
            let given = query.country.clone().filter(|c| !c.trim().is_empty());
            let code = HotlinesQuery { country: given }.country().map(alias);
            let known = code.as_ref().ok().and_then(|code| ctx.catalog().country(code)).map(|c| c.code);
            let error = match (&code, &show_all, known) {
                (Err(err), _, _) | (_, Err(err), _) => Some(err.code()),
                (Ok(code), _, None) => Some(ApiError::CountryNotFound(code.to_string()).code()),
                _ => locale_error,
            };
            (known, show_all.unwrap_or(false), error)
        }
        Err(_) => (None, false, Some(ApiError::InvalidQuery.code())),
    };
    // Open-now status is part of the page, so it is evaluated to the minute and cached so.
    let at = current_minute(Utc::now());
    let params = format!(
        "country={}&all={show_all}&at={}&error={}",
        code.map(|c| c.to_string()).unwrap_or_default(),
        at.to_rfc3339(),
        error.unwrap_or("")
    );
    let mut response = ctx
        .respond_bytes(CachePolicy::Directory, params, "text/html; charset=utf-8", |localizer| {
            let country = code
                .map(|code| CountryHotlinesResponse::for_country(localizer, &code, &LineFilter::default(), at))
                .transpose()?;
            let international: Vec<HotlineResponse> = localizer
                .catalog
                .international
                .iter()
                .map(|line| HotlineResponse::new(line, true, Some(at), localizer))
                .collect();
            let more_href = format!(
                "/widget?country={}&locale={}&all=true",
                code.map(|c| c.to_string()).unwrap_or_default(),
                localizer.primary_tag()
            );
            let page =
                PageRequest { country: country.as_ref(), international: &international, show_all, more_href, error };
            Ok(render_page(localizer, &page).into_bytes())
        })
        .await?;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(WIDGET_CSP));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if let Some(code) = error {
        headers.insert(WIDGET_ERROR_HEADER, HeaderValue::from_static(code));
    }
    Ok(response)
}

/// The widget's own query: read leniently, so a bad value still gets a panel.
#[derive(Deserialize)]
struct WidgetParams {
    country: Option<String>,
    all: Option<String>,
}

/// Why the panel could not show the country asked for (a problem `code`), for partners.
pub const WIDGET_ERROR_HEADER: header::HeaderName = header::HeaderName::from_static("haven-widget-error");

/// Codes people type for a country that ISO 3166-1 spells otherwise.
const COUNTRY_ALIASES: &[(&str, &str)] = &[("UK", "GB"), ("EL", "GR")];

fn alias(code: CountryCode) -> CountryCode {
    COUNTRY_ALIASES
        .iter()
        .find(|(alias, _)| *alias == code.as_str())
        .and_then(|(_, real)| CountryCode::parse(real).ok())
        .unwrap_or(code)
}

static WIDGET_JS: LazyLock<CachedBody> = LazyLock::new(|| asset(include_str!("assets/widget.js"), "text/javascript"));
static FRAME_JS: LazyLock<CachedBody> = LazyLock::new(|| asset(include_str!("assets/frame.js"), "text/javascript"));
static WIDGET_CSS: LazyLock<CachedBody> = LazyLock::new(|| asset(include_str!("assets/widget.css"), "text/css"));

fn asset(text: &str, content_type: &'static str) -> CachedBody {
    CachedBody::new(text.as_bytes().to_vec(), String::new()).with_content_type(content_type).language_independent()
}

/// The script a partner pastes: it adds the panel's iframe after itself.
///
/// Reads `data-country` and `data-locale` from its own tag, adds the iframe, sizes it to the panel, and logs a warning when the panel reports that the request was wrong.
#[utoipa::path(get, path = "/widget.js", tag = "widget",
    responses((status = 200, description = "The embed script", content_type = "text/javascript")))]
#[route("/widget.js", method = "GET", method = "HEAD")]
pub async fn get_widget_script(request: HttpRequest) -> HttpResponse {
    respond_cached(&request, &WIDGET_JS, CachePolicy::Reference)
}

/// Reports the panel's height to the embedding page.
#[route("/widget-frame.js", method = "GET", method = "HEAD")]
pub async fn get_widget_frame_script(request: HttpRequest) -> HttpResponse {
    respond_cached(&request, &FRAME_JS, CachePolicy::Reference)
}

/// The panel's styles.
#[route("/widget.css", method = "GET", method = "HEAD")]
pub async fn get_widget_styles(request: HttpRequest) -> HttpResponse {
    respond_cached(&request, &WIDGET_CSS, CachePolicy::Reference)
}

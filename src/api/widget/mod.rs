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
use crate::api::error::{ApiError, Problem};
use crate::api::params::{current_minute, HotlinesQuery};
use crate::api::wire::directory::CountryHotlinesResponse;
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
#[utoipa::path(
    get,
    path = "/widget",
    tag = "widget",
    params(HotlinesQuery, WidgetQuery),
    responses(
        (status = 200, description = "The panel", content_type = "text/html"),
        (status = 304, description = "The client's copy (`If-None-Match`) is current"),
        (status = 400, description = "A missing or malformed country, `all` or `locale`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No data for this country code", body = Problem, content_type = "application/problem+json"),
    )
)]
#[route("/widget", method = "GET", method = "HEAD")]
pub async fn get_widget(
    ctx: RequestContext,
    country: web::Query<HotlinesQuery>,
    query: web::Query<WidgetQuery>,
) -> Result<HttpResponse, ApiError> {
    let code = country.country()?;
    let show_all = match query.all.as_deref() {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => return Err(ApiError::InvalidParameter { name: "all", expected: "boolean" }),
    };
    // Open-now status is part of the page, so it is evaluated to the minute and cached so.
    let at = current_minute(Utc::now());
    let params = format!("country={code}&all={show_all}&at={}", at.to_rfc3339());
    let mut response = ctx
        .respond_bytes(CachePolicy::Directory, params, "text/html; charset=utf-8", |localizer| {
            let country = CountryHotlinesResponse::for_country(localizer, &code, &LineFilter::default(), at)?;
            let more_href = format!("/widget?country={code}&locale={}&all=true", localizer.primary_tag());
            Ok(render_page(localizer, &PageRequest { country: &country, show_all, more_href }).into_bytes())
        })
        .await?;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(WIDGET_CSP));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    Ok(response)
}

static WIDGET_JS: LazyLock<CachedBody> = LazyLock::new(|| asset(include_str!("assets/widget.js"), "text/javascript"));
static FRAME_JS: LazyLock<CachedBody> = LazyLock::new(|| asset(include_str!("assets/frame.js"), "text/javascript"));
static WIDGET_CSS: LazyLock<CachedBody> = LazyLock::new(|| asset(include_str!("assets/widget.css"), "text/css"));

fn asset(text: &str, content_type: &'static str) -> CachedBody {
    CachedBody::new(text.as_bytes().to_vec(), "en".to_owned()).with_content_type(content_type)
}

/// The script a partner pastes: it adds the panel's iframe after itself.
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

//! The HTTP edge: routes, extractors, caching, errors and wire types. It reads the
//! content core; the core never reads it.

pub mod bounds;
pub mod cache;
pub mod conditional;
pub mod connections;
pub mod context;
pub mod cors;
mod docs_cache;
pub mod encoding;
pub mod error;
pub mod fallback;
pub mod headers;
pub mod limits;
pub mod metrics;
pub mod negotiation;
pub mod openapi;
pub mod params;
pub mod problem;
pub mod rate_limit;
pub mod ready;
pub mod request_id;
pub mod routes;
mod spec_complete;
pub mod stalled_heads;
pub mod state;
pub mod text;
pub mod widget;
pub mod wire;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::{middleware, web, App};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::{Config as SwaggerConfig, SwaggerUi};

use self::error::ApiError;
use self::fallback::{unrouted, KnownPaths};
use self::openapi::{ApiDoc, LocalizedOperations};
use self::problem::render_problems;
use self::state::AppState;
use self::wire::articles::READING_TIME_MESSAGE;
use self::wire::common::SafetyNotice;
use self::wire::directory::{LINE_COUNT_MESSAGE, LINE_DESCRIPTION_MESSAGE, UNNAMED_LINE_MESSAGE};

/// Builds the application: routes, docs, error rendering, CORS, limits, metrics. The
/// server calls it once per worker with the shared state.
pub fn build_app(
    state: web::Data<AppState>,
    cors_origins: &[String],
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let app = App::new()
        .app_data(web::QueryConfig::default().error_handler(|_, _| ApiError::InvalidQuery.into()))
        .app_data(web::PathConfig::default().error_handler(|_, _| ApiError::RouteNotFound.into()))
        .app_data(state)
        // One per worker (this function runs once in each): workers never share answers.
        .app_data(std::rc::Rc::new(ready::ReadyAnswers::default()));
    let (app, spec) = with_route_table(app);
    let known_paths = KnownPaths::new(spec.paths.paths.keys());
    // Shared as app data: the fallback handler and the log/metrics middleware both use it.
    app.app_data(web::Data::new(known_paths))
        .configure(routes::configure_unlisted)
        .service(SwaggerUi::new("/docs/{_:.*}").config(SwaggerConfig::from("/openapi.json")))
        .default_service(web::to(unrouted))
        .wrap(middleware::from_fn(docs_cache::cache_docs))
        .wrap(middleware::from_fn(limits::enforce_limits))
        .wrap(middleware::from_fn(render_problems))
        .wrap(cors::cors(cors_origins))
        .wrap(middleware::from_fn(headers::observe_and_secure))
}

/// Registers the route table on `app` and returns the OpenAPI document it describes;
/// the server and `haven openapi` both go through here, so they cannot disagree.
fn with_route_table<T>(app: App<T>) -> (App<T>, utoipa::openapi::OpenApi)
where
    T: ServiceFactory<ServiceRequest, Config = (), Error = actix_web::Error, InitError = ()>,
{
    let (app, mut spec) =
        app.into_utoipa_app().openapi(ApiDoc::openapi()).configure(routes::configure).split_for_parts();
    // Modifiers declared on `ApiDoc` run before the route table adds its paths, so the
    // one that touches every path is applied here, after them.
    LocalizedOperations.modify(&mut spec);
    (app, spec)
}

/// The OpenAPI document, as `haven openapi` prints it and `openapi/openapi.json` holds it.
pub fn openapi_json() -> String {
    let (_, spec) = with_route_table(App::new());
    let mut value = serde_json::to_value(&spec).unwrap_or_default();
    spec_complete::complete(&mut value);
    let mut json = serde_json::to_string_pretty(&value).unwrap_or_default();
    json.push('\n');
    json
}

/// Messages the HTTP layer shows itself; the loader checks each exists in `en`.
pub fn required_messages() -> Vec<String> {
    let mut ids: Vec<String> = SafetyNotice::MESSAGES.iter().map(|id| (*id).to_owned()).collect();
    ids.push(READING_TIME_MESSAGE.to_owned());
    ids.push(LINE_COUNT_MESSAGE.to_owned());
    ids.push(UNNAMED_LINE_MESSAGE.to_owned());
    ids.push(LINE_DESCRIPTION_MESSAGE.to_owned());
    ids.push(self::wire::library::EVIDENCE_NONE_MESSAGE.to_owned());
    for role in [crate::content::model::ReviewerRole::Editorial, crate::content::model::ReviewerRole::Clinical] {
        ids.push(role.label_message().to_owned());
    }
    ids.push(widget::ABOUT_MESSAGE.to_owned());
    ids.extend(widget::MESSAGES.iter().map(|id| (*id).to_owned()));
    for code in ApiError::CODES {
        ids.push(format!("problem-{code}"));
        ids.push(format!("problem-{code}-detail"));
    }
    ids
}

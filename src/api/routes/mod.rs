//! The route table: the one list of endpoints, read by both the server and the
//! OpenAPI generator, so the published spec cannot drift from what is served.

mod articles;
mod bundle;
mod directory;
mod library;
mod meta;

use utoipa_actix_web::service_config::ServiceConfig;

pub fn configure(config: &mut ServiceConfig) {
    config
        .service(articles::list_articles)
        .service(articles::get_article)
        .service(library::list_strategies)
        .service(library::get_strategy)
        .service(library::list_faqs)
        .service(library::get_faq)
        .service(directory::list_countries)
        .service(directory::get_country)
        .service(directory::get_country_hotlines)
        .service(bundle::get_bundle)
        .service(bundle::get_manifest)
        .service(bundle::get_bundle_item)
        .service(meta::list_locales)
        .service(meta::get_health)
        .service(meta::get_liveness)
        .service(meta::get_readiness)
        .service(meta::get_openapi)
        .service(crate::api::widget::get_widget)
        .service(crate::api::widget::get_widget_script);
}

/// Routes that are not part of the API contract: for humans (the docs redirect, the
/// widget's assets) and for operators (`/metrics`).
pub fn configure_unlisted(config: &mut actix_web::web::ServiceConfig) {
    config
        .service(meta::redirect_docs)
        .service(meta::head_docs)
        .service(crate::api::widget::get_widget_frame_script)
        .service(crate::api::widget::get_widget_styles)
        .service(meta::get_metrics);
}

//! Static assets, embedded in the binary: our stylesheet and script, and the
//! vendored htmx and Swagger UI. Nothing is fetched from elsewhere.

use axum::extract::Path;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

#[derive(rust_embed::RustEmbed)]
#[folder = "assets/"]
#[exclude = "*.md"]
#[exclude = "*LICENSE"]
pub struct Assets;

pub async fn serve(Path(path): Path<String>) -> Response {
    match Assets::get(&path) {
        Some(file) => {
            let mime = mime_guess::from_path(&path).first_or_octet_stream();
            (
                [
                    (header::CONTENT_TYPE, mime.as_ref().to_owned()),
                    // Assets change only with the binary; an hour is a fair compromise
                    // between speed and seeing an upgrade.
                    (header::CACHE_CONTROL, "public, max-age=3600".to_owned()),
                ],
                file.data,
            )
                .into_response()
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

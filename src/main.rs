//! Browser entry point: mounts the Yew app on `<body>`.

fn main() {
    yew::Renderer::<lync_restore::ui::App>::new().render();
}

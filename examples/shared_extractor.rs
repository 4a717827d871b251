//! One `Extractor` built once and shared across four threads through an `Arc`: it is
//! `Send + Sync`, and its options apply to every page.
//!
//! ```sh
//! cargo run --example shared_extractor -- a.html b.html c.html
//! ```
//!
//! With no paths it extracts a few small pages built in, so CI can run it as it is.

use copydesk::{Extractor, Options};
use std::sync::Arc;
use std::thread;

const THREADS: usize = 4;

/// A small page of our own about `topic`, with some navigation around it.
fn built_in_page(n: usize) -> Vec<u8> {
    let topics = [
        ("Ferry timetable changes", "The island ferry will sail twice more each day from June, the port authority said, to cope with the summer crowds."),
        ("School roof repaired", "Builders finished the new roof of the old primary school on Friday, a week before the pupils return from their holidays."),
        ("Market moves to the square", "The weekly farmers' market moves to the cathedral square this Saturday while the old market hall is being painted."),
        ("Cycle lane opens", "A protected cycle lane along the river opened on Wednesday, linking the station to the university in twelve minutes."),
    ];
    let (title, lead) = topics[n % topics.len()];
    format!(
        "<html><head><title>{title}</title></head><body><nav><a href=\"/\">Home</a></nav>\
         <article><h1>{title}</h1><p>{lead}</p>\
         <p>Officials said the change had been planned for more than a year and would be reviewed after six months.</p>\
         </article><footer>Share this article</footer></body></html>"
    )
    .into_bytes()
}

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let pages: Vec<(String, Vec<u8>)> = if paths.is_empty() {
        (0..8)
            .map(|n| (format!("built-in page {n}"), built_in_page(n)))
            .collect()
    } else {
        paths
            .into_iter()
            .filter_map(|p| match std::fs::read(&p) {
                Ok(bytes) => Some((p, bytes)),
                Err(e) => {
                    eprintln!("{p}: {e}");
                    None
                }
            })
            .collect()
    };
    let pages = Arc::new(pages);
    let extractor = Arc::new(Extractor::new(Options::default()));

    let handles: Vec<_> = (0..THREADS)
        .map(|worker| {
            let extractor = Arc::clone(&extractor);
            let pages = Arc::clone(&pages);
            thread::spawn(move || {
                // Each thread takes every THREADS-th page.
                let mut lines = Vec::new();
                for (name, bytes) in pages.iter().skip(worker).step_by(THREADS) {
                    let line = match extractor.extract(bytes) {
                        Ok(article) => format!(
                            "thread {worker}: {name}: {:?}, {} body blocks, title {:?}",
                            article.status,
                            article.body.len(),
                            article.title.as_deref().unwrap_or("-")
                        ),
                        Err(e) => format!("thread {worker}: {name}: error: {e}"),
                    };
                    lines.push(line);
                }
                lines
            })
        })
        .collect();
    for handle in handles {
        match handle.join() {
            Ok(lines) => lines.iter().for_each(|l| println!("{l}")),
            Err(_) => eprintln!("a worker thread panicked"),
        }
    }
}

//! Stage 3, index (stub).
use crate::error::Error;
use crate::options::Limits;
use crate::parse::RcDom;
pub(crate) struct Page;
impl Page {
    pub(crate) fn build(_dom: &RcDom, _limits: &Limits) -> Result<Page, Error> { Ok(Page) }
}

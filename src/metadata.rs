//! metadata (stub)
use crate::index::Page;
use crate::options::Options;
#[derive(Default)]
pub(crate) struct Meta;
pub(crate) fn read(_page: &Page, _o: &Options) -> Meta { Meta }

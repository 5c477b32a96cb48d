//! Network clients shared by the adapters above (schema registry, teacher endpoint).

pub(crate) mod http;

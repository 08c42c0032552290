//! Reproducible, realistic, multilingual sample data in the import format.
//! (Being written; see `liaison demo-data`.)

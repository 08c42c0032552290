use cose_lab::stream::*;
use coset::{CborSerializable, CoseKey};
use rand::{RngCore, rngs::OsRng};

#[test]
fn chunked_file_roundtrip_and_attacks() {
    let chunk = 1 << 20;
    let mut file = vec![0u8; 5 * chunk + 12345];
    OsRng.fill_bytes(&mut file);
    let fid = *uuid::Uuid::now_v7().as_bytes();
    let (fk, ck) = FileKey::generate(fid);
    let n = file.len().div_ceil(chunk) as u64;
    let chunks: Vec<Vec<u8>> = file
        .chunks(chunk)
        .enumerate()
        .map(|(i, c)| fk.seal_chunk(i as u64, i as u64 == n - 1, c))
        .collect();
    eprintln!("chunk overhead: {} bytes per 1 MiB chunk", chunks[0].len() - chunk);

    // recipient side: key comes out of the manifest
    let rk = FileKey::from_cose_key(&CoseKey::from_slice(&key_bytes(ck)).unwrap(), fid).unwrap();
    let mut out = Vec::new();
    for (i, c) in chunks.iter().enumerate() {
        out.extend(rk.open_chunk(i as u64, i as u64 == n - 1, c).unwrap());
    }
    assert_eq!(out, file);

    // reordering, truncation (treating a middle chunk as last), cross-file splicing, bit flips
    assert!(rk.open_chunk(1, false, &chunks[0]).is_err());
    assert!(rk.open_chunk(4, true, &chunks[4]).is_err());
    let (other, _) = FileKey::generate(*uuid::Uuid::now_v7().as_bytes());
    assert!(rk.open_chunk(0, false, &other.seal_chunk(0, false, b"x")).is_err());
    let mut bad = chunks[2].clone();
    let l = bad.len();
    bad[l / 2] ^= 1;
    assert!(rk.open_chunk(2, false, &bad).is_err());
}

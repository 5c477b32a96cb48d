//! Certificates made in the test (rcgen): a CA, and server or client certificates it signs,
//! written as PEM files into a temporary directory. Also used by unit tests in `src/`.
#![allow(dead_code)]

use std::path::PathBuf;

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};

pub struct Pki {
    pub dir: tempfile::TempDir,
    name: String,
    ca: CertifiedIssuer<'static, KeyPair>,
}

impl Pki {
    /// A new CA called `name`; its certificate is at [`Pki::ca`].
    pub fn new(name: &str) -> Pki {
        let mut p = CertificateParams::new(Vec::<String>::new()).unwrap();
        p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        p.distinguished_name.push(DnType::CommonName, name);
        let ca = CertifiedIssuer::self_signed(p, KeyPair::generate().unwrap()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(format!("{name}.pem")), ca.pem()).unwrap();
        Pki { dir, name: name.to_string(), ca }
    }

    pub fn ca(&self) -> PathBuf {
        self.dir.path().join(format!("{}.pem", self.name))
    }

    pub fn ca_der(&self) -> rustls_pki_types::CertificateDer<'static> {
        self.ca.der().clone()
    }

    /// A certificate for `cn` with SAN DNS names `sans`, signed by this CA: (cert.pem, key.pem).
    pub fn issue(&self, cn: &str, sans: &[&str]) -> (PathBuf, PathBuf) {
        let mut p = CertificateParams::new(sans.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap();
        p.distinguished_name.push(DnType::CommonName, cn);
        let key = KeyPair::generate().unwrap();
        let cert = p.signed_by(&key, &self.ca).unwrap();
        let stem = cn.replace(|c: char| !c.is_ascii_alphanumeric(), "_");
        let (c, k) = (self.dir.path().join(format!("{stem}.crt")), self.dir.path().join(format!("{stem}.key")));
        std::fs::write(&c, cert.pem()).unwrap();
        std::fs::write(&k, key.serialize_pem()).unwrap();
        (c, k)
    }
}

using System.Runtime.Versioning;
using System.Security.Cryptography.X509Certificates;
using Tsunagu.Formats.Pki;
using Tsunagu.Storage.Pki;
using Tsunagu.Testing;

namespace Tsunagu.Storage.Tests.Pki;

public sealed class CertificateAuthorityStoreTests : IDisposable
{
    private readonly TempFolder data = new();
    private readonly CertificateAuthorityStore fresh;
    private readonly PkiTemplates templates;
    private readonly DateTimeOffset now = DateTimeOffset.UtcNow;

    public CertificateAuthorityStoreTests(PkiTemplates templates)
    {
        this.templates = templates;
        fresh = new CertificateAuthorityStore(new PkiFolder(data.Path));
    }

    public void Dispose() => data.Dispose();

    [Fact]
    public void Initializing_writes_key_certificate_and_CRL_for_both_CAs()
    {
        var written = fresh.Initialize(force: false, now).Value!;

        Assert.Equal(
            ["hpki-ca.pfx", "hpki-ca.crt", "hpki-ca.crl", "jpki-ca.pfx", "jpki-ca.crt", "jpki-ca.crl"],
            written.Select(Path.GetFileName));
        Assert.All(written, path => Assert.Equal(Path.Combine(data.Path, "pki"), Path.GetDirectoryName(path)));
        using var certificate = X509CertificateLoader.LoadCertificateFromFile(fresh.Folder.AuthorityCertificateFile(TrustScheme.Jpki));
        Assert.Equal("CN=Tsunagu Test JPKI CA, O=Tsunagu Test PKI, C=JP", certificate.Subject);
        Assert.False(certificate.HasPrivateKey);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void CA_private_keys_are_readable_by_their_owner_only()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes only");
        var store = new CertificateAuthorityStore(new PkiFolder(templates.Primary));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.Folder.AuthorityKeyFile(TrustScheme.Hpki)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.Folder.AuthorityKeyFile(TrustScheme.Jpki)));
    }

    [Fact]
    public void Existing_CAs_are_replaced_only_when_forced()
    {
        fresh.Initialize(force: false, now);
        var before = File.ReadAllBytes(fresh.Folder.AuthorityCertificateFile(TrustScheme.Hpki));

        var refused = fresh.Initialize(force: false, now);
        Assert.Equal([PkiStorageErrors.AuthorityExists.Code], refused.Errors.Select(e => e.Error.Code));
        Assert.Equal(before, File.ReadAllBytes(fresh.Folder.AuthorityCertificateFile(TrustScheme.Hpki)));

        Assert.True(fresh.Initialize(force: true, now).IsValid);
        Assert.NotEqual(before, File.ReadAllBytes(fresh.Folder.AuthorityCertificateFile(TrustScheme.Hpki)));
    }

    [Fact]
    public void Loading_a_CA_that_was_never_created_fails_with_a_hint()
    {
        Assert.Equal([PkiStorageErrors.AuthorityMissing.Code], fresh.Load(TrustScheme.Hpki).Errors.Select(e => e.Error.Code));
    }

    [Fact]
    public void Revoking_adds_the_serial_to_the_issuing_CAs_CRL_with_the_next_number()
    {
        var store = PkiTemplates.CopyTo(templates.Primary, data);
        using var patient = Issue(store, TrustScheme.Jpki, CertificateRole.Patient);

        var crl = store.Revoke(store.FindIssuer(patient).Value, patient.SerialNumberBytes.ToArray(), now).Value!;

        Assert.Equal(2, (int)crl.Number);
        Assert.True(crl.IsRevoked(patient));
        using var jpki = store.Load(TrustScheme.Jpki).Value!;
        Assert.True(RevocationListReader.Read(File.ReadAllBytes(store.Folder.RevocationListFile(TrustScheme.Jpki)), jpki.Certificate).Value!.IsRevoked(patient));
    }

    [Fact]
    public void A_certificate_from_elsewhere_has_no_issuer_in_the_store()
    {
        var store = PkiTemplates.CopyTo(templates.Primary, data);
        using var stranger = new CertificateAuthorityStore(new PkiFolder(templates.Other)).Load(TrustScheme.Hpki).Value!;

        Assert.Equal([PkiErrors.NotIssuedByAuthority.Code], store.FindIssuer(stranger.Certificate).Errors.Select(e => e.Error.Code));
    }

    [Fact]
    public void An_issued_certificate_survives_a_PKCS12_round_trip_only_with_its_password()
    {
        var store = PkiTemplates.CopyTo(templates.Primary, data);
        using var doctor = Issue(store, TrustScheme.Hpki, CertificateRole.Doctor);
        var file = Path.Combine(data.Path, "doctor.p12");

        CertificateFiles.WritePkcs12(file, doctor, "秘密");

        using var loaded = CertificateFiles.Load(file, "秘密").Value!;
        Assert.True(loaded.HasPrivateKey);
        Assert.Equal(doctor.RawData, loaded.RawData);
        Assert.Equal([PkiStorageErrors.FileUnreadable.Code], CertificateFiles.Load(file, "wrong").Errors.Select(e => e.Error.Code));
    }

    private X509Certificate2 Issue(CertificateAuthorityStore store, TrustScheme scheme, CertificateRole role)
    {
        using var authority = store.Load(scheme).Value!;
        return authority.Issue(CertificateHolder.Create("テスト 太郎", role).Value!, CertificateValidity.TwoYearsFrom(now)).Value!;
    }
}

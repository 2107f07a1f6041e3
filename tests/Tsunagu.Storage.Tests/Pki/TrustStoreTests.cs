using System.Security.Cryptography.X509Certificates;
using Tsunagu.Formats.Pki;
using Tsunagu.Storage.Pki;
using Tsunagu.Testing;

namespace Tsunagu.Storage.Tests.Pki;

public sealed class TrustStoreTests : IDisposable
{
    private static readonly HashSet<CertificateRole> Doctors = [CertificateRole.Doctor];

    private readonly TempFolder data = new();
    private readonly CertificateAuthorityStore store;
    private readonly PkiTemplates templates;
    private readonly ManualTime time;

    public TrustStoreTests(PkiTemplates templates)
    {
        this.templates = templates;
        time = new ManualTime(templates.Created);
        store = PkiTemplates.CopyTo(templates.Primary, data);
    }

    public void Dispose() => data.Dispose();

    [Fact]
    public void The_trust_store_of_a_data_folder_trusts_both_CAs_with_their_CRLs()
    {
        var trust = TrustStore.ForDataFolder(data.Path, time: time);

        Assert.Equal([TrustScheme.Hpki, TrustScheme.Jpki], trust.Current.Anchors.Select(a => a.Scheme));
        Assert.Empty(trust.Problems);
        using var doctor = IssueDoctor();
        Assert.True(CertificateValidator.Validate(doctor, trust.Current, Doctors, time.GetUtcNow()).IsValid);
    }

    [Fact]
    public void The_trust_store_picks_up_a_CRL_written_after_it_loaded()
    {
        var trust = TrustStore.ForDataFolder(data.Path, time: time);
        using var doctor = IssueDoctor();
        var before = trust.Current;

        store.Revoke(TrustScheme.Hpki, doctor.SerialNumberBytes.ToArray(), time.GetUtcNow());
        Assert.Same(before, trust.Current);
        time.Advance(TrustStore.RefreshInterval);

        var result = CertificateValidator.Validate(doctor, trust.Current, Doctors, time.GetUtcNow());
        Assert.NotSame(before, trust.Current);
        Assert.Equal([PkiErrors.CertificateRevoked.Code], result.Errors.Select(e => e.Error.Code));
    }

    [Fact]
    public void Unchanged_files_keep_the_same_trust_material_after_a_check()
    {
        var trust = TrustStore.ForDataFolder(data.Path, time: time);
        var before = trust.Current;

        time.Advance(TrustStore.RefreshInterval * 3);

        Assert.Same(before, trust.Current);
    }

    [Fact]
    public void A_corrupt_CRL_is_reported_and_its_CA_fails_the_revocation_check()
    {
        File.WriteAllText(store.Folder.RevocationListFile(TrustScheme.Hpki), "not a CRL");
        var trust = TrustStore.ForDataFolder(data.Path, time: time);
        using var doctor = IssueDoctor();

        var result = CertificateValidator.Validate(doctor, trust.Current, Doctors, time.GetUtcNow());

        Assert.Equal([PkiErrors.CrlMalformed.Code], trust.Problems.Select(p => p.Error.Code));
        Assert.Equal([PkiErrors.RevocationUnknown.Code], result.Errors.Select(e => e.Error.Code));
    }

    [Fact]
    public void An_empty_data_folder_trusts_nothing_and_says_why()
    {
        using var empty = new TempFolder();

        var trust = TrustStore.ForDataFolder(empty.Path, time: time);

        Assert.Empty(trust.Current.Anchors);
        Assert.Equal([PkiStorageErrors.AuthorityMissing.Code, PkiStorageErrors.AuthorityMissing.Code], trust.Problems.Select(p => p.Error.Code));
    }

    [Fact]
    public void A_CA_configured_from_an_extra_path_is_trusted_too()
    {
        var other = new CertificateAuthorityStore(new PkiFolder(templates.Other));
        var extra = new TrustSource(TrustScheme.Hpki, other.Folder.AuthorityCertificateFile(TrustScheme.Hpki), other.Folder.RevocationListFile(TrustScheme.Hpki));
        using var doctor = IssueDoctor(other);

        var trust = TrustStore.ForDataFolder(data.Path, [extra], time);

        Assert.Equal(3, trust.Current.Anchors.Count);
        Assert.True(CertificateValidator.Validate(doctor, trust.Current, Doctors, time.GetUtcNow()).IsValid);
    }

    private X509Certificate2 IssueDoctor(CertificateAuthorityStore? from = null)
    {
        using var hpki = (from ?? store).Load(TrustScheme.Hpki).Value!;
        return hpki.Issue(CertificateHolder.Create("山田 太郎", CertificateRole.Doctor).Value!, CertificateValidity.TwoYearsFrom(time.GetUtcNow())).Value!;
    }
}

using System.Numerics;
using Tsunagu.Formats.Pki;

namespace Tsunagu.Formats.Tests.Pki;

public sealed class RevocationListTests(TestPki pki)
{
    [Fact]
    public void A_CRL_reads_back_its_revoked_serials_and_number()
    {
        var crl = RevocationListReader.Read(pki.HpkiCrl, pki.Hpki.Certificate);

        Assert.True(crl.IsValid, string.Join(", ", Codes.Of(crl)));
        Assert.Equal([pki.RevokedDoctor.SerialNumber], crl.Value!.RevokedSerials);
        Assert.Equal(new BigInteger(2), crl.Value.Number);
        Assert.True(crl.Value.IsRevoked(pki.RevokedDoctor));
        Assert.False(crl.Value.IsRevoked(pki.Doctor));
    }

    [Fact]
    public void Extending_a_CRL_keeps_its_entries_once_and_increases_its_number()
    {
        var extended = pki.Hpki.Revoke(
            pki.HpkiCrl, [pki.Doctor.SerialNumberBytes.ToArray(), pki.RevokedDoctor.SerialNumberBytes.ToArray()], pki.Now, pki.Now.AddDays(1));

        var crl = RevocationListReader.Read(extended.Value!, pki.Hpki.Certificate).Value!;
        Assert.Equal(new BigInteger(3), crl.Number);
        Assert.Equal(new HashSet<string> { pki.Doctor.SerialNumber, pki.RevokedDoctor.SerialNumber }, crl.RevokedSerials);
    }

    [Fact]
    public void A_CRL_signed_by_another_key_under_the_same_name_is_refused()
    {
        var forged = pki.Foreign.CreateRevocationList(pki.Now, pki.Now.AddDays(1));

        Codes.AssertOnly(RevocationListReader.Read(forged, pki.Hpki.Certificate), PkiErrors.CrlSignatureInvalid);
    }

    [Fact]
    public void A_CRL_with_a_damaged_signature_is_refused()
    {
        var damaged = (byte[])pki.JpkiCrl.Clone();
        damaged[^1] ^= 0x01;

        Codes.AssertOnly(RevocationListReader.Read(damaged, pki.Jpki.Certificate), PkiErrors.CrlSignatureInvalid);
    }

    [Fact]
    public void A_CRL_of_another_CA_is_refused_as_the_wrong_issuer()
    {
        Codes.AssertOnly(RevocationListReader.Read(pki.JpkiCrl, pki.Hpki.Certificate), PkiErrors.CrlWrongIssuer);
    }

    [Fact]
    public void Bytes_that_are_not_a_CRL_are_refused_as_malformed()
    {
        Codes.AssertOnly(RevocationListReader.Read(pki.Doctor.RawData, pki.Hpki.Certificate), PkiErrors.CrlMalformed);
        Codes.AssertOnly(RevocationListReader.Read(new byte[] { 0x30, 0x03, 0x02 }, pki.Hpki.Certificate), PkiErrors.CrlMalformed);
    }

    [Fact]
    public void A_CA_refuses_to_extend_a_CRL_it_did_not_sign()
    {
        var result = pki.Hpki.Revoke(pki.JpkiCrl, [pki.Doctor.SerialNumberBytes.ToArray()], pki.Now, pki.Now.AddDays(1));

        Codes.AssertOnly(result, PkiErrors.CrlWrongIssuer);
    }
}

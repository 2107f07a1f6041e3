using Tsunagu.Domain.Organizations;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>A demo insurer (保険者) with its scheme.</summary>
/// <param name="Index">Its position in <see cref="InsurerCatalog.All"/>, used to keep per-insurer counters in arrays.</param>
/// <param name="Municipality">The municipality a 国民健康保険 insurer belongs to; null for the other schemes.</param>
internal sealed record DemoInsurer(Organization Organization, InsuranceScheme Scheme, int Index, DemoMunicipality? Municipality)
{
    public string Number => Organization.Code;
}

using Hl7.Fhir.Model;
using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// JP_Coverage ⇄ <see cref="InsuranceCoverage"/> and <see cref="PublicExpense"/>. 保険 Coverages carry 保険種別 1–7,
/// 記号・番号・枝番 extensions and the 保険者 as payor; 公費 Coverages have type 8, the 受給者番号 as subscriberId and
/// the 公費負担者 as payor. Both point at the patient (beneficiary).
/// </summary>
internal static class CoverageFhir
{
    private const string PublicExpenseType = "8";
    private const string CopayType = "http://terminology.hl7.org/CodeSystem/coverage-copay-type";

    public static InsuranceCoverage? ReadInsurance(BundleIndex index, Patient? patient, FieldReader issues, bool checkIdentifiers)
    {
        var located = index.All<Coverage>().FirstOrDefault(c => FhirValues.Coding(c.Resource.Type, FhirSystems.InsuranceKind)?.Code != PublicExpenseType);
        if (located is null)
        {
            return null;
        }

        var coverage = located.Resource;
        index.RequirePatient(coverage.Beneficiary, located.At("beneficiary"), patient, issues);
        var insurer = Payer(index, located, FhirSystems.InsurerNumber, issues);
        if (insurer is not null && checkIdentifiers)
        {
            issues.AddRange(InsurerNumber.Parse(insurer, located.At("payor")).Errors);
        }

        return new InsuranceCoverage(
            FhirValues.Enum<InsuranceKind>(FhirValues.Coding(coverage.Type, FhirSystems.InsuranceKind), located.At("type"), issues),
            insurer,
            FhirValues.ExtensionText(coverage, FhirSystems.InsuredSymbol),
            FhirValues.ExtensionText(coverage, FhirSystems.InsuredNumber),
            FhirValues.Enum<InsuredRelationship>(FhirValues.Coding(coverage.Relationship, FhirSystems.Relationship), located.At("relationship"), issues),
            FhirValues.ExtensionText(coverage, FhirSystems.InsuredBranch) ?? coverage.Dependent,
            Copay(coverage));
    }

    public static IReadOnlyList<PublicExpense> ReadPublicExpenses(BundleIndex index, Patient? patient, FieldReader issues, bool checkIdentifiers)
    {
        var expenses = new List<PublicExpense>();
        foreach (var located in index.All<Coverage>().Where(c => FhirValues.Coding(c.Resource.Type, FhirSystems.InsuranceKind)?.Code == PublicExpenseType))
        {
            index.RequirePatient(located.Resource.Beneficiary, located.At("beneficiary"), patient, issues);
            var payer = Payer(index, located, FhirSystems.PublicPayerNumber, issues);
            if (payer is null)
            {
                issues.Add(InputErrors.Required, located.At("payor"), "公費負担者番号");
                continue;
            }

            if (checkIdentifiers)
            {
                issues.AddRange(PublicPayerNumber.Parse(payer, located.At("payor")).Errors);
            }

            expenses.Add(new PublicExpense(located.Resource.Order ?? expenses.Count + 1, payer, located.Resource.SubscriberId));
        }

        return expenses;
    }

    public static Coverage WriteInsurance(InsuranceCoverage insurance, string patientUrl, string? payerUrl)
    {
        var coverage = New(((int?)insurance.Kind)?.ToString(System.Globalization.CultureInfo.InvariantCulture), patientUrl, payerUrl);
        SetText(coverage, FhirSystems.InsuredSymbol, insurance.Symbol);
        SetText(coverage, FhirSystems.InsuredNumber, insurance.Number);
        SetText(coverage, FhirSystems.InsuredBranch, insurance.BranchNumber);
        coverage.Dependent = insurance.BranchNumber;
        if (insurance.Relationship is { } relationship)
        {
            coverage.Relationship = new CodeableConcept(FhirSystems.Relationship[0], ((int)relationship).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (insurance.CopayPercent is { } copay)
        {
            coverage.CostToBeneficiary.Add(new Coverage.CostToBeneficiaryComponent
            {
                Type = new CodeableConcept(CopayType, "copaypct"),
                Value = new Quantity { Value = copay, Unit = "%", System = FhirSystems.Ucum, Code = "%" },
            });
        }

        return coverage;
    }

    public static Coverage WritePublicExpense(PublicExpense expense, string patientUrl, string payerUrl)
    {
        var coverage = New(PublicExpenseType, patientUrl, payerUrl);
        coverage.SubscriberId = expense.RecipientNumber;
        coverage.Order = expense.Order;
        return coverage;
    }

    private static Coverage New(string? type, string patientUrl, string? payerUrl)
    {
        var coverage = new Coverage
        {
            Status = FinancialResourceStatusCodes.Active,
            Beneficiary = new ResourceReference(patientUrl),
            Type = type is null ? null : new CodeableConcept(FhirSystems.InsuranceKind[0], type),
        };
        if (payerUrl is not null)
        {
            coverage.Payor.Add(new ResourceReference(payerUrl));
        }

        return coverage;
    }

    private static string? Payer(BundleIndex index, Located<Coverage> coverage, string[] systems, FieldReader issues) =>
        coverage.Resource.Payor
            .Select((payor, i) => index.Resolve<Organization>(payor, coverage.At($"payor[{i}]"), issues))
            .Select(o => o is null ? null : FhirValues.Identifier(o.Resource.Identifier, systems))
            .FirstOrDefault(n => n is not null);

    private static int? Copay(Coverage coverage) =>
        coverage.CostToBeneficiary.FirstOrDefault(c => c.Type?.Coding.Any(x => x.Code == "copaypct") == true)?.Value is Quantity { Value: { } value }
            ? (int)value
            : null;

    private static void SetText(Coverage coverage, string url, string? value)
    {
        if (value is not null)
        {
            coverage.SetExtension(url, new FhirString(value));
        }
    }
}

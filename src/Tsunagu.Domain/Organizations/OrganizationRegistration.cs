using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Organizations;

/// <summary>Checks an <see cref="OrganizationDraft"/> against the code, bed and chain rules of its kind.</summary>
public static class OrganizationRegistration
{
    public const int MaxNameLength = 200;

    /// <summary>Hospitals have 20 beds or more (医療法 第1条の5); clinics 19 or fewer.</summary>
    public const int HospitalMinimumBeds = 20;

    public static ValidationResult<Organization> Validate(OrganizationDraft draft)
    {
        if (!OrganizationKinds.TryParse(draft.Kind, out var kind))
        {
            return ValidationResult<Organization>.Invalid([new FieldError(OrganizationErrors.UnknownKind, "kind", Detail: draft.Kind)]);
        }

        var errors = new List<FieldError>();
        var (code, prefecture) = CheckCode(kind, draft.Code, errors);
        CheckName(draft.Name, errors);
        CheckBeds(kind, draft.Beds, errors);
        if (draft.LargeChain == true && kind != OrganizationKind.Pharmacy)
        {
            errors.Add(new FieldError(OrganizationErrors.LargeChainNotApplicable, "largeChain"));
        }

        return errors.Count > 0
            ? ValidationResult<Organization>.Invalid(errors)
            : ValidationResult<Organization>.Valid(new Organization(code!, kind, draft.Name!.Trim(), prefecture!, draft.Beds, draft.LargeChain ?? false));
    }

    /// <summary>Returns the code as stored (an insurer number without its padding) and the prefecture it names.</summary>
    private static (string? Code, Prefecture? Prefecture) CheckCode(OrganizationKind kind, string? code, List<FieldError> errors)
    {
        switch (kind)
        {
            case OrganizationKind.Insurer:
                return Collect(InsurerNumber.Parse(code, "code"), errors) is { } insurer ? (insurer.Value, insurer.Prefecture) : default;
            case OrganizationKind.Municipality:
                return Collect(MunicipalityCode.Parse(code, "code"), errors) is { } municipality ? (municipality.Value, municipality.Prefecture) : default;
            default:
                var facility = Collect(FacilityCode.Parse(code, "code"), errors);
                if (facility is not null && facility.FeeScoreTable != kind.ExpectedFeeScoreTable())
                {
                    errors.Add(new FieldError(OrganizationErrors.FeeScoreTableMismatch, "code", Detail: $"fee-table digit {(int)facility.FeeScoreTable} for {kind.WireName()}"));
                    return default;
                }

                return facility is null ? default : (facility.Value, facility.Prefecture);
        }
    }

    private static T? Collect<T>(ValidationResult<T> result, List<FieldError> errors)
        where T : class
    {
        errors.AddRange(result.Errors);
        return result.Value;
    }

    private static void CheckName(string? name, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new FieldError(OrganizationErrors.NameRequired, "name"));
        }
        else if (name.Trim().Length > MaxNameLength)
        {
            errors.Add(new FieldError(OrganizationErrors.NameTooLong, "name"));
        }
    }

    private static void CheckBeds(OrganizationKind kind, int? beds, List<FieldError> errors)
    {
        var fits = kind switch
        {
            OrganizationKind.Hospital => beds is >= HospitalMinimumBeds,
            OrganizationKind.Clinic => beds is null or (>= 0 and < HospitalMinimumBeds),
            _ => beds is null,
        };
        if (!fits)
        {
            var error = kind is OrganizationKind.Hospital or OrganizationKind.Clinic ? OrganizationErrors.BedsOutOfRange : OrganizationErrors.BedsNotApplicable;
            errors.Add(new FieldError(error, "beds"));
        }
    }
}

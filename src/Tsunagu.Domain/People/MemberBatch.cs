using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.People;

/// <summary>Validates a whole member load: every record, and no two records for the same card.</summary>
public static class MemberBatch
{
    public static ValidationResult<IReadOnlyList<Coverage>> Validate(IReadOnlyList<MemberRecordDraft> drafts, string insurerNumber)
    {
        if (drafts.Count == 0)
        {
            return ValidationResult<IReadOnlyList<Coverage>>.Invalid([new FieldError(MemberErrors.BatchEmpty, "records")]);
        }

        var errors = new List<FieldError>();
        var coverages = new List<Coverage>(drafts.Count);
        var firstIndexByKey = new Dictionary<CoverageKey, int>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var result = MemberRecordValidator.Validate(drafts[i], insurerNumber, i);
            if (!result.IsValid)
            {
                errors.AddRange(result.Errors);
                continue;
            }

            var coverage = result.Value!;
            if (!firstIndexByKey.TryAdd(coverage.Key, i))
            {
                errors.Add(new FieldError(MemberErrors.DuplicateInBatch, "insuredIdentificationNumber", i, $"same card as record {firstIndexByKey[coverage.Key]}"));
            }

            coverages.Add(coverage);
        }

        return errors.Count > 0
            ? ValidationResult<IReadOnlyList<Coverage>>.Invalid(errors)
            : ValidationResult<IReadOnlyList<Coverage>>.Valid(coverages);
    }
}

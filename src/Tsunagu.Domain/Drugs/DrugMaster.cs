using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Drugs;

/// <summary>
/// The 医薬品マスター in memory, with each drug's ingredient-and-route key, indexed for resolving the codes a
/// prescription may carry: レセ電 code, 薬価基準 or YJ code, 一般名コード. Built once per load; immutable and
/// thread-safe afterwards.
/// </summary>
public sealed class DrugMaster
{
    private readonly Dictionary<string, ResolvedDrug> byReceiptCode;
    private readonly Dictionary<string, ResolvedDrug[]> byPriceListCode;
    private readonly Dictionary<string, ResolvedDrug[]> bySharedPrefix;
    private readonly Dictionary<string, ResolvedDrug[]> byGenericNameCode;
    private readonly IngredientKeys keys;

    /// <param name="drugs">The master's rows, each レセ電 code once.</param>
    /// <param name="priceList">The MHLW 薬価基準 list, when loaded: it turns class keys into ingredient groups.</param>
    public DrugMaster(IEnumerable<Drug> drugs, IEnumerable<PriceListItem>? priceList = null)
    {
        keys = new IngredientKeys(priceList is null ? IngredientGroups.Empty : IngredientGroups.Build(priceList));
        List<ResolvedDrug> products = [.. drugs.OrderBy(d => d.ReceiptCode, StringComparer.Ordinal).Select(d => new ResolvedDrug(d.ReceiptCode, d, keys.ForDrug(d), d.Name))];
        byReceiptCode = products.ToDictionary(p => p.Code, StringComparer.Ordinal);
        byPriceListCode = Index(products, p => p.Product!.PriceListCode);
        bySharedPrefix = Index(products, p => p.Product!.PriceListCode[..DrugCodes.SharedPrefixLength]);
        byGenericNameCode = Index(products.Where(p => p.Product!.GenericNameCode is not null), p => p.Product!.GenericNameCode!);
        KeyedByIngredientName = keys.FromList;
    }

    public int Count => byReceiptCode.Count;

    /// <summary>How many drugs are keyed by an ingredient group of the 薬価基準 list rather than by their bare class key.</summary>
    public int KeyedByIngredientName { get; }

    /// <summary>Every product, in レセ電 code order.</summary>
    public IEnumerable<ResolvedDrug> Products => byReceiptCode.Values;

    /// <summary>The product with this レセ電 code, or null.</summary>
    public ResolvedDrug? Find(string receiptCode) => byReceiptCode.GetValueOrDefault(receiptCode);

    /// <summary>
    /// The ingredient-and-route key a 7-character class key or a 12-character 薬価基準 code stands for, as interaction
    /// tables name drugs.
    /// </summary>
    public IngredientKey KeyFor(string classKeyOrCode) =>
        classKeyOrCode.Length == DrugCodes.PriceListCodeLength && byPriceListCode.TryGetValue(classKeyOrCode, out var products)
            ? products[0].Ingredient
            : keys.ForClassKey(DrugCodes.ClassKey(classKeyOrCode));

    /// <summary>
    /// Resolves a prescribed code as of the prescription date: refuses dummy codes, malformed and unknown codes, and
    /// drugs discontinued before <paramref name="prescribedOn"/>, each with its own error code.
    /// </summary>
    public ValidationResult<ResolvedDrug> Resolve(string? code, DateOnly prescribedOn, string field = "code", int? index = null) =>
        DrugCodeResolution.Resolve(this, code?.Trim() ?? string.Empty, prescribedOn, field, index);

    /// <summary>Resolves every code of a prescription; the errors name each code's position in <see cref="FieldError.Index"/>.</summary>
    public ValidationResult<IReadOnlyList<ResolvedDrug>> ResolveAll(IReadOnlyList<string> codes, DateOnly prescribedOn, string field = "code")
    {
        var resolved = new ResolvedDrug[codes.Count];
        var errors = new List<FieldError>();
        for (var i = 0; i < codes.Count; i++)
        {
            var result = Resolve(codes[i], prescribedOn, field, i);
            errors.AddRange(result.Errors);
            resolved[i] = result.Value!;
        }

        return errors.Count == 0 ? ValidationResult<IReadOnlyList<ResolvedDrug>>.Valid(resolved) : ValidationResult<IReadOnlyList<ResolvedDrug>>.Invalid(errors);
    }

    /// <summary>
    /// The drug a code stored in a medication history stands for, whatever its 廃止年月日 (it was current when it was
    /// prescribed): the product of a レセ電 code, or the ingredient of a 一般名コード. Null when the master no longer knows it.
    /// </summary>
    public ResolvedDrug? Recall(string code)
    {
        if (DrugCodes.IsReceiptCode(code))
        {
            return Find(code);
        }

        if (!DrugCodes.IsPriceListCode(code))
        {
            return null;
        }

        var products = ProductsFor(code, out var generic);
        return products.Length == 0 ? null : generic ? DrugCodeResolution.AsGeneric(code, products[0]) : products[0];
    }

    /// <summary>The products a 12-character code names: by 一般名コード, by 薬価基準 code, else by the 9 characters a YJ code shares.</summary>
    internal ResolvedDrug[] ProductsFor(string code, out bool generic)
    {
        generic = code.EndsWith(DrugCodes.GenericSuffix, StringComparison.Ordinal) || byGenericNameCode.ContainsKey(code);
        return (generic ? byGenericNameCode.GetValueOrDefault(code) : byPriceListCode.GetValueOrDefault(code))
            ?? bySharedPrefix.GetValueOrDefault(code[..DrugCodes.SharedPrefixLength])
            ?? [];
    }

    private static Dictionary<string, ResolvedDrug[]> Index(IEnumerable<ResolvedDrug> products, Func<ResolvedDrug, string> key) =>
        products.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
}

using System.Globalization;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Drugs;

/// <summary>The rules of <see cref="DrugMaster.Resolve"/>: which code is which, and which drug a code stands for on a date.</summary>
internal static class DrugCodeResolution
{
    public static ValidationResult<ResolvedDrug> Resolve(DrugMaster master, string code, DateOnly prescribedOn, string field, int? index)
    {
        if (code.Length == 0)
        {
            return Fail(InputErrors.Required, field, index, null);
        }

        if (DrugCodes.IsDummy(code))
        {
            return Fail(DrugErrors.DummyCode, field, index, code);
        }

        if (DrugCodes.IsReceiptCode(code))
        {
            return master.Find(code) is { } product
                ? Current(product, prescribedOn, field, index)
                : Fail(DrugErrors.UnknownCode, field, index, code[0] == '7' ? $"{code} is a 特定器材 code, not a drug" : code);
        }

        if (!DrugCodes.IsPriceListCode(code))
        {
            return Fail(DrugErrors.MalformedCode, field, index, code);
        }

        var products = master.ProductsFor(code, out var generic);
        if (products.Length == 0)
        {
            return Fail(DrugErrors.UnknownCode, field, index, code);
        }

        var picked = products.FirstOrDefault(p => !p.Product!.IsDiscontinuedBefore(prescribedOn));
        return picked is null
            ? Discontinued(products.Max(p => p.Product!.DiscontinuedOn)!.Value, code, field, index)
            : ValidationResult<ResolvedDrug>.Valid(generic ? AsGeneric(code, picked) : picked);
    }

    private static ValidationResult<ResolvedDrug> Current(ResolvedDrug product, DateOnly prescribedOn, string field, int? index) =>
        product.Product!.IsDiscontinuedBefore(prescribedOn)
            ? Discontinued(product.Product.DiscontinuedOn!.Value, product.Code, field, index)
            : ValidationResult<ResolvedDrug>.Valid(product);

    /// <summary>A 一般名処方: the ingredient of the products sharing the code, named by its standard 一般名 text.</summary>
    public static ResolvedDrug AsGeneric(string code, ResolvedDrug product) =>
        new(code, null, product.Ingredient, product.Product!.GenericName ?? product.Name);

    private static ValidationResult<ResolvedDrug> Discontinued(DateOnly last, string code, string field, int? index) =>
        Fail(DrugErrors.Discontinued, field, index, string.Create(CultureInfo.InvariantCulture, $"{code}: 廃止年月日 {last:yyyy-MM-dd}"));

    private static ValidationResult<ResolvedDrug> Fail(ErrorCode error, string field, int? index, string? detail) =>
        ValidationResult<ResolvedDrug>.Invalid([new FieldError(error, field, index, detail)]);
}

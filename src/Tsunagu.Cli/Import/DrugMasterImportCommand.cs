using System.CommandLine;
using System.Globalization;
using Tsunagu.Cli.Hosting;
using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Masters;
using Tsunagu.Storage.Drugs;

namespace Tsunagu.Cli.Import;

/// <summary>
/// <c>tsunagu import drug-master FILE [--yakka FILE]</c>: applies a 支払基金 医薬品マスター file (Shift_JIS as published,
/// or UTF-8) to the stored master, with the MHLW 薬価基準 list when given (it keys drugs by ingredient name). All or
/// nothing: a file with any bad row is refused with every error listed.
/// </summary>
internal static class DrugMasterImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The 医薬品マスター CSV (42 columns; Shift_JIS or UTF-8)." };
        file.AcceptExistingOnly();
        var yakka = new Option<FileInfo>("--yakka") { Description = "The MHLW 薬価基準収載品目リスト CSV, to key drugs by 成分名 and 区分." };
        yakka.AcceptExistingOnly();
        var command = new Command("drug-master", "Import the 支払基金 医薬品マスター (and the 薬価基準 list).") { file, yakka };
        command.SetAction(async (parseResult, cancellationToken) =>
            await ImportAsync(parseResult, parseResult.GetRequiredValue(file), parseResult.GetValue(yakka), cancellationToken));
        return command;
    }

    private static async Task<int> ImportAsync(ParseResult parseResult, FileInfo file, FileInfo? yakka, CancellationToken cancellationToken)
    {
        var records = DrugMasterReader.Read(await File.ReadAllBytesAsync(file.FullName, cancellationToken));
        var priceList = yakka is null ? null : PriceListReader.Read(await File.ReadAllBytesAsync(yakka.FullName, cancellationToken));
        IReadOnlyList<FieldError> errors = [.. records.Errors, .. priceList?.Errors ?? []];
        if (errors.Count > 0)
        {
            return ImportFailure.Report(parseResult, errors);
        }

        await using var services = await CliServices.OpenAsync(parseResult, cancellationToken);
        var counts = await WriteAsync(parseResult, services, file, records.Value!, yakka, priceList?.Value, cancellationToken);
        parseResult.Out().WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Imported {records.Value!.Count:N0} rows of {file.Name} into {services.Database.EngineName}: {counts.Added:N0} added, {counts.Changed:N0} changed, " +
            $"{counts.Discontinued:N0} discontinued, {counts.Deleted:N0} deleted, {counts.Unchanged:N0} unchanged" +
            $"{(yakka is null ? string.Empty : $"; {counts.PriceListItems:N0} 薬価基準 items from {yakka.Name}")}. Catalog version {counts.Version}."));
        return CommandOutput.Success;
    }

    private static async Task<DrugImportCounts> WriteAsync(
        ParseResult parseResult, CliServices services, FileInfo file, IReadOnlyList<DrugMasterRecord> records, FileInfo? yakka, IReadOnlyList<PriceListItem>? priceList, CancellationToken cancellationToken)
    {
        var bar = ConsoleProgress.ForStandardError(parseResult, "writing");
        long written = 0;
        var counts = await services.Get<DrugStore>().ImportMasterAsync(
            records, file.Name, priceList, yakka?.Name, services.Get<TimeProvider>().GetUtcNow(),
            new ImmediateProgress<int>(n => bar.Report((written += n, records.Count))), cancellationToken);
        bar.Report((records.Count, records.Count));
        bar.Complete();
        return counts;
    }
}

using System.Globalization;

namespace Samenwerking.Web.Features.Finances;

/// <summary>
/// The hidden sheet that remembers what the workbook held when it was downloaded: whose it is, and per row its key,
/// where its figures live and their values then. On upload it tells a figure the user changed from one somebody else
/// changed in the register meanwhile, without a database of downloads.
/// </summary>
internal static class RegisterSheet
{
    public const string Name = "Register";

    public const string Kind = "Soort";
    public const string Code = "Code";
    public const string SubjectName = "Naam";
    public const string Sheet = "Blad";
    public const string Key = "Sleutel";
    public const string RowName = "Omschrijving";
    public const string Arrangement = "Samenwerkingsverband";
    public const string Membership = "Deelname";
    public const string Year = "Jaar";

    public static IEnumerable<string> Headers =>
        [Kind, Code, SubjectName, Sheet, Key, RowName, Arrangement, Membership, Year, .. Enum.GetValues<Figure>().Select(Original)];

    /// <summary>"Was bijdrage begroot": the figure as downloaded.</summary>
    public static string Original(Figure figure) => "Was " + figure.Label();

    public static string KindName(SubjectKind kind) => kind == SubjectKind.Gemeente ? "gemeente" : "samenwerkingsverband";

    /// <summary>Amounts are kept as text, so they come back to the cent whatever a spreadsheet does with numbers.</summary>
    public static string? AmountText(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture);
}

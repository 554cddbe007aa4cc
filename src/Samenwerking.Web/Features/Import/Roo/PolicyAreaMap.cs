namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>
/// From the national register's policy areas (TOOI thesaurus labels, "parent | child") to the BBV main groups
/// that the register's catalog uses.
/// </summary>
public static class PolicyAreaMap
{
    private static readonly (string Label, string Code)[] Specific =
    [
        ("zorg en gezondheid | jeugdzorg", "6"),
        ("economie | energie", "7"),
        ("ruimte en infrastructuur | waterbeheer", "7"),
        ("overheidsfinanciën | belasting", "0"),
    ];

    private static readonly (string Label, string Code)[] Main =
    [
        ("bestuur", "0"), ("organisatie en bedrijfsvoering", "0"), ("overheidsfinanciën", "0"), ("internationaal", "0"), ("recht", "0"),
        ("openbare orde en veiligheid", "1"),
        ("verkeer", "2"),
        ("economie", "3"), ("landbouw", "3"),
        ("onderwijs en wetenschap", "4"), ("onderwijs", "4"),
        ("cultuur en recreatie", "5"), ("sport", "5"),
        ("werk", "6"), ("sociale zekerheid", "6"), ("migratie en integratie", "6"), ("jeugd", "6"),
        ("zorg en gezondheid", "7"), ("natuur en milieu", "7"),
        ("ruimte en infrastructuur", "8"), ("wonen", "8"), ("huisvesting", "8"),
    ];

    /// <summary>The BBV main group (0–8) for a label, or null when the label is unknown.</summary>
    public static string? CodeFor(string label)
    {
        var normalised = label.Trim().ToLowerInvariant();
        var specific = Specific.FirstOrDefault(s => normalised.StartsWith(s.Label, StringComparison.Ordinal));
        if (specific.Code is not null)
        {
            return specific.Code;
        }

        var parent = normalised.Split('|')[0].Trim();
        return Main.FirstOrDefault(m => parent == m.Label).Code;
    }
}

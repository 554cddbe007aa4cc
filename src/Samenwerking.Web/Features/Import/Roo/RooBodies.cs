using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>The bestuursorgaan names of the export as the register's governing bodies.</summary>
internal static class RooBodies
{
    /// <summary>The body a name means, or null for a name the register does not know (the import reports it).</summary>
    public static GoverningBody? Parse(string name)
    {
        var text = name.Trim().ToLowerInvariant();
        return text switch
        {
            _ when text.Contains("gedeputeerde staten", StringComparison.Ordinal) => GoverningBody.GedeputeerdeStaten,
            _ when text.Contains("dijkgraaf en heemraden", StringComparison.Ordinal) => GoverningBody.DagelijksBestuur,
            "college van burgemeester en wethouders" or "college van b en w" or "college van b&w" or "college" => GoverningBody.College,
            "gemeenteraad" or "raad" or "de raad" or "raad van de gemeente" => GoverningBody.Raad,
            "burgemeester" or "de burgemeester" => GoverningBody.Burgemeester,
            "provinciale staten" => GoverningBody.ProvincialeStaten,
            "gedeputeerde staten" => GoverningBody.GedeputeerdeStaten,
            _ when text.StartsWith("commissaris van de koning", StringComparison.Ordinal) => GoverningBody.CommissarisVanDeKoning,
            "algemeen bestuur" => GoverningBody.AlgemeenBestuur,
            "dagelijks bestuur" => GoverningBody.DagelijksBestuur,
            "dijkgraaf" => GoverningBody.Dijkgraaf,
            "minister" => GoverningBody.Minister,
            "staatssecretaris" => GoverningBody.Staatssecretaris,
            _ => null,
        };
    }
}

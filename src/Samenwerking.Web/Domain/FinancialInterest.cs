namespace Samenwerking.Web.Domain;

/// <summary>
/// What a financieel belang (BBV art. 1) consists of: money made available that is lost if the party goes bankrupt,
/// or liability if it fails its obligations. A payment only for services received is none.
/// </summary>
public enum FinancialInterest
{
    /// <summary>Shares or capital (aandelen, ledenkapitaal, inbreng als commanditaire vennoot).</summary>
    Aandelen,
    Lening,
    Garantie,

    /// <summary>Liability for debts the party cannot pay.</summary>
    Aansprakelijkheid,

    /// <summary>The duty to cover deficits that participants in an openbaar lichaam or bedrijfsvoeringsorganisatie carry.</summary>
    Tekortdekking,
}

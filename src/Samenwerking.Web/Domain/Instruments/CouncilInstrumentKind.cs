namespace Samenwerking.Web.Domain.Instruments;

/// <summary>An instrument a council has towards a regeling it takes part in, directly or through its college or burgemeester.</summary>
public enum CouncilInstrumentKind
{
    ZelfBesluiten,
    ZienswijzeOpOntwerp,
    Toestemming,
    Kaders,
    ZienswijzeBegroting,
    ZienswijzeBesluitenBestuur,
    ZienswijzeDeelnamePrivaat,
    AanwijzenEnInlichtingen,
    VerantwoordingBestuurders,
    VerantwoordingCollege,
    VerantwoordingBurgemeester,
    Adviescommissie,
    Participatie,
    Evaluatie,
    Uittreding,
    HangtAfVanSoort,
}

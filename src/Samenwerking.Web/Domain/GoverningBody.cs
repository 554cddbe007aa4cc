namespace Samenwerking.Web.Domain;

/// <summary>
/// A body with which a participant takes part in an arrangement (deelnemend bestuursorgaan). A participant may take
/// part with several: a municipality's raad for one part of a regeling and its college for another.
/// </summary>
public enum GoverningBody
{
    Raad,
    College,
    Burgemeester,
    ProvincialeStaten,
    GedeputeerdeStaten,
    CommissarisVanDeKoning,
    AlgemeenBestuur,
    DagelijksBestuur,
    Dijkgraaf,
    Minister,
    Staatssecretaris,
}

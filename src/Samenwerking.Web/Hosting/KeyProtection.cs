using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Samenwerking.Web.Hosting;

/// <summary>
/// The data-protection keys (which sign cookies and antiforgery tokens) live in the database (decision 0008). With a
/// certificate configured they are stored encrypted with it, so a copy of the database or a backup does not give the
/// keys away; earlier certificates still decrypt the keys they encrypted, for rotation (docs/operations.md).
/// </summary>
public static class KeyProtection
{
    public const string Section = "DataProtection:Certificate";

    public static WebApplicationBuilder ProtectKeysWithConfiguredCertificate(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        if (Load(section) is not { } certificate)
        {
            return builder;
        }

        X509Certificate2[] previous = [.. section.GetSection("Previous").GetChildren().Select(Load).OfType<X509Certificate2>()];
        builder.Services.AddDataProtection()
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate([certificate, .. previous]);
        return builder;
    }

    private static X509Certificate2? Load(IConfigurationSection section)
    {
        var path = section["Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidOperationException(
                $"Het certificaat voor de sleutels ({section.Path}:Path = {path}) is niet te lezen: {e.Message}", e);
        }

        return certificate.HasPrivateKey ? certificate
            : throw new InvalidOperationException($"Het certificaat {path} heeft geen private sleutel: de sleutels zijn er niet mee te ontsleutelen.");
    }
}

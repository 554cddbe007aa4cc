# The app as a container image (see docker-compose.yml). Build: docker build -t samenwerking .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Samenwerking.Web/Samenwerking.Web.csproj src/Samenwerking.Web/
RUN dotnet restore src/Samenwerking.Web/Samenwerking.Web.csproj
COPY src/ src/
RUN dotnet publish src/Samenwerking.Web -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# The PDF downloads need a TrueType font (decision 0012).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-liberation && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID
# Alive: the process answers (/health/live; /health/ready also needs the database). No curl in the image: bash over TCP.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/live HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "Samenwerking.Web.dll"]

# Untested here: no Docker engine runs on the development machines. Build with: docker build -t skillgap .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/SkillGap.Web -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /app/var && chown -R app:app /app/var
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__SkillGap="Data Source=/app/var/skillgap.db"
EXPOSE 8080
VOLUME /app/var
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s CMD ["dotnet", "SkillGap.Web.dll", "--healthcheck"]
ENTRYPOINT ["dotnet", "SkillGap.Web.dll"]

// The algorithm catalog and its parameter specs are the runtime's own source, compiled in (see the .csproj).
global using ModelDsl.Catalog;

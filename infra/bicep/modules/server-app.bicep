import { settingSet, tagSet } from 'types.bicep'

// The self-hosted JobForge server (src/Server) on App Service for Linux: always on, at least two instances (the run
// engine, scheduler and outbox are built for several servers sharing one storage account), the same identity and the
// same settings as the Functions app.

@description('Web app name (globally unique host name).')
param name string

@description('App Service plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags for every resource; the app also gets azd-service-name so azd deploy finds it.')
param tags tagSet

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('.NET version of the server.')
param dotnetVersion string

@description('App Service plan SKU (Premium v3 for zone redundancy and enough memory for the engine).')
param skuName string

@description('Instances (at least two: one can restart while the other serves and holds the leases).')
@minValue(2)
@maxValue(30)
param instanceCount int

@description('App settings (secrets only as Key Vault references).')
param appSettings settingSet

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'server' })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|${dotnetVersion}'
      appCommandLine: 'dotnet JobForge.Server.dll'
      alwaysOn: true
      healthCheckPath: '/api/health'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
  }
}

resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'appsettings'
  properties: appSettings
}

resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('App name.')
output name string = app.name

@description('Base URL of the server.')
output url string = 'https://${app.properties.defaultHostName}'

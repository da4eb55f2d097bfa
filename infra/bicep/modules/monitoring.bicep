import { tagSet } from 'types.bicep'

// Log Analytics and a workspace-based Application Insights resource. The apps export OpenTelemetry traces, metrics
// and logs to it through APPLICATIONINSIGHTS_CONNECTION_STRING (the ingestion endpoint and resource id, not an
// access key: it only lets a sender write telemetry).

@description('Log Analytics workspace name.')
param workspaceName string

@description('Application Insights name.')
param appInsightsName string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags tagSet

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param retentionDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionDays
    features: {
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    RetentionInDays: retentionDays
  }
}

@description('Resource id of Application Insights (the scope of the alert rules).')
output appInsightsId string = appInsights.id

@description('Connection string for the OpenTelemetry Azure Monitor exporter.')
output connectionString string = appInsights.properties.ConnectionString

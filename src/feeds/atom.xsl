<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shows the Atom feed as a readable French page when it is opened in a browser
  (blog option feedOptions.xslt). A feed reader ignores it. Dates: « 1er », French months.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" />

  <!-- « 2026-12-02T00:00:00.000Z » → « 2 décembre 2026 » -->
  <xsl:template name="date-fr">
    <xsl:param name="date" />
    <xsl:variable name="day" select="number(substring($date, 9, 2))" />
    <xsl:variable name="months" select="'janvier  février  mars     avril    mai      juin     juillet  août     septembreoctobre  novembre décembre '" />
    <xsl:choose>
      <xsl:when test="$day = 1">1er</xsl:when>
      <xsl:otherwise><xsl:value-of select="$day" /></xsl:otherwise>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:value-of select="normalize-space(substring($months, (number(substring($date, 6, 2)) - 1) * 9 + 1, 9))" />
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring($date, 1, 4)" />
  </xsl:template>

  <xsl:template match="/">
    <html lang="fr-FR">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Flux Atom — <xsl:value-of select="atom:feed/atom:title" /></title>
        <link rel="stylesheet" href="atom.css" />
      </head>
      <body>
        <main>
          <p class="info">
            <strong>Ceci est un flux Atom.</strong> Pour être prévenu des nouvelles publications, copiez l’adresse de cette page
            dans votre lecteur de flux. La page <a href="../s-abonner">S’abonner</a> explique comment faire.
          </p>
          <h1><xsl:value-of select="atom:feed/atom:title" /></h1>
          <p><xsl:value-of select="atom:feed/atom:subtitle" /></p>
          <h2>Dernières publications</h2>
          <xsl:for-each select="atom:feed/atom:entry">
            <article>
              <h3><a href="{atom:link/@href}"><xsl:value-of select="atom:title" /></a></h3>
              <p class="date">
                Publié le <xsl:call-template name="date-fr"><xsl:with-param name="date" select="atom:updated" /></xsl:call-template>
              </p>
              <p><xsl:value-of select="atom:summary" /></p>
            </article>
          </xsl:for-each>
          <p><a href="../">Retour à Boussole</a></p>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>

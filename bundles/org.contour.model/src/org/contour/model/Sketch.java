/**
 */
package org.contour.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sketch</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.contour.model.Sketch#getKind <em>Kind</em>}</li>
 *   <li>{@link org.contour.model.Sketch#getLabel <em>Label</em>}</li>
 *   <li>{@link org.contour.model.Sketch#getPoints <em>Points</em>}</li>
 *   <li>{@link org.contour.model.Sketch#getRadius <em>Radius</em>}</li>
 *   <li>{@link org.contour.model.Sketch#getAspect <em>Aspect</em>}</li>
 * </ul>
 *
 * @see org.contour.model.ContourPackage#getSketch()
 * @model
 * @generated
 */
public interface Sketch extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.contour.model.SketchKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.contour.model.SketchKind
	 * @see #setKind(SketchKind)
	 * @see org.contour.model.ContourPackage#getSketch_Kind()
	 * @model
	 * @generated
	 */
	SketchKind getKind();

	/**
	 * Sets the value of the '{@link org.contour.model.Sketch#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.contour.model.SketchKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SketchKind value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' reference.
	 * @see #setLabel(LabelClass)
	 * @see org.contour.model.ContourPackage#getSketch_Label()
	 * @model
	 * @generated
	 */
	LabelClass getLabel();

	/**
	 * Sets the value of the '{@link org.contour.model.Sketch#getLabel <em>Label</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' reference.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(LabelClass value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In embedding coordinates, x0,y0,x1,y1,...: the centre line of a BRUSH or ERASER stroke (painted with radius), the closed outline of a POLYGON (radius unused).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(double[])
	 * @see org.contour.model.ContourPackage#getSketch_Points()
	 * @model dataType="org.contour.model.DoubleArray"
	 * @generated
	 */
	double[] getPoints();

	/**
	 * Sets the value of the '{@link org.contour.model.Sketch#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(double[] value);

	/**
	 * Returns the value of the '<em><b>Radius</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Radius</em>' attribute.
	 * @see #setRadius(double)
	 * @see org.contour.model.ContourPackage#getSketch_Radius()
	 * @model
	 * @generated
	 */
	double getRadius();

	/**
	 * Sets the value of the '{@link org.contour.model.Sketch#getRadius <em>Radius</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Radius</em>' attribute.
	 * @see #getRadius()
	 * @generated
	 */
	void setRadius(double value);

	/**
	 * Returns the value of the '<em><b>Aspect</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Of a BRUSH or ERASER stroke: how many data units of y the brush reached per data unit of x (radius is in x units). A round brush on a view with its own scale per axis covers an ellipse of half-axes radius and radius * aspect in the data; 1 (the default, and every stroke of older projects) is round in the data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aspect</em>' attribute.
	 * @see #setAspect(double)
	 * @see org.contour.model.ContourPackage#getSketch_Aspect()
	 * @model default="1.0"
	 * @generated
	 */
	double getAspect();

	/**
	 * Sets the value of the '{@link org.contour.model.Sketch#getAspect <em>Aspect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aspect</em>' attribute.
	 * @see #getAspect()
	 * @generated
	 */
	void setAspect(double value);

} // Sketch
